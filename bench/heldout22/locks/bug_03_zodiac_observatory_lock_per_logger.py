"""Telescope time accounting for the Zodiac hill observatory.

Remote observers run their imaging sessions concurrently.  Each session gets
an exposure logger that adds its integration time to the instrument's
monthly total, which the time-allocation committee bills against.
"""
import threading
import time
from collections import defaultdict

INSTRUMENT_SECONDS = defaultdict(float)


class ExposureLogger:
    """Accumulates exposure time for one observing session."""

    def __init__(self, observer, instrument, flush_latency=0.03):
        self.observer = observer
        self.instrument = instrument
        self.session_seconds = 0.0
        self._lock = threading.Lock()
        self._flush_latency = flush_latency

    def add_exposure(self, seconds):
        with self._lock:
            self.session_seconds += seconds
            current = INSTRUMENT_SECONDS[self.instrument]
            time.sleep(self._flush_latency)
            INSTRUMENT_SECONDS[self.instrument] = current + seconds


def run_session(observer, instrument, exposures, gate):
    logger = ExposureLogger(observer, instrument)
    gate.wait()
    for seconds in exposures:
        logger.add_exposure(seconds)
    return logger


def main():
    plans = {
        "dr-amsel": ("ccd-main", [300, 300, 300]),
        "kessler": ("ccd-main", [120, 120, 120]),
        "obi": ("ccd-main", [600, 600, 600]),
        "tanaka": ("spectrograph", [900]),
    }
    gate = threading.Barrier(len(plans))
    loggers = []
    lock = threading.Lock()

    def worker(observer, instrument, exposures):
        logger = run_session(observer, instrument, exposures, gate)
        with lock:
            loggers.append(logger)

    threads = [threading.Thread(target=worker, args=(obs, inst, exps))
               for obs, (inst, exps) in plans.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    billed = defaultdict(float)
    for logger in loggers:
        billed[logger.instrument] += logger.session_seconds
    print(f"per-session totals: {dict(billed)}")
    print(f"instrument ledger:  {dict(INSTRUMENT_SECONDS)}")
    if dict(billed) != dict(INSTRUMENT_SECONDS):
        missing = billed["ccd-main"] - INSTRUMENT_SECONDS["ccd-main"]
        print(f"ccd-main ledger is short by {missing:.0f} s of exposure")
        print("BUG SHOWN")
    else:
        print("ledger balanced")


if __name__ == "__main__":
    main()
