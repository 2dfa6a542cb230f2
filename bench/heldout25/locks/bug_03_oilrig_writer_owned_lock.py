"""Telemetry aggregation on an offshore oil rig.

Each wellhead has a sensor writer running on its own thread; all writers
feed one shared telemetry store that the control room reads for the total
number of samples and the latest pressure per well.
"""
import threading
import time


class TelemetryStore:
    def __init__(self):
        self.samples = 0
        self.latest = {}


class SensorWriter(threading.Thread):
    def __init__(self, well, store, readings, start_gate):
        super().__init__(name=f"writer-{well}")
        self.well = well
        self.store = store
        self.readings = list(readings)
        self.start_gate = start_gate
        self._lock = threading.Lock()

    def _validate(self, batch):
        time.sleep(0.05)  # CRC check over the serial link
        return [r for r in batch if 0 < r < 700]

    def flush(self, batch):
        with self._lock:
            count = self.store.samples
            good = self._validate(batch)
            self.store.latest[self.well] = good[-1] if good else None
            self.store.samples = count + len(good)

    def run(self):
        self.start_gate.wait()
        self.flush(self.readings)


class ControlRoom:
    def __init__(self, store):
        self.store = store

    def summary(self):
        return self.store.samples, dict(sorted(self.store.latest.items()))


def main():
    store = TelemetryStore()
    wells = {
        "MW-1": [212.0, 215.5, 214.8],
        "MW-2": [388.1, 390.0],
        "NW-4": [101.2, 99.8, 100.4, 100.9],
        "PW-7": [455.0],
    }
    gate = threading.Barrier(len(wells))
    writers = [SensorWriter(well, store, readings, gate) for well, readings in wells.items()]
    for w in writers:
        w.start()
    for w in writers:
        w.join()

    samples, latest = ControlRoom(store).summary()
    expected = sum(len(r) for r in wells.values())
    print("latest pressures:", latest)
    print("samples recorded:", samples, "expected:", expected)
    if samples != expected:
        print("sample count lost updates from concurrent writers")
        print("BUG SHOWN")
    else:
        print("telemetry is consistent")


if __name__ == "__main__":
    main()
