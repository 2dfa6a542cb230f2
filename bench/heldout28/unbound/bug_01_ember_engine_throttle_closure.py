"""Ember engine: telemetry service for a small combustion test bench.

Chamber sensors are polled by a controller loop.  Every sensor read goes
through a rate-limiting decorator so that a misbehaving probe cannot flood
the bench's field bus with requests.
"""
import functools
import time


class ThrottleExceeded(Exception):
    """Raised when a sensor is polled more often than its budget allows."""


class FakeClock:
    """Deterministic monotonic clock used by the bench simulator."""

    def __init__(self, start=1000.0):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


def throttled(max_calls, window=1.0, clock=time.monotonic):
    """Allow at most ``max_calls`` invocations per ``window`` seconds."""

    def decorate(fn):
        window_start = clock()
        calls = 0

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            now = clock()
            if now - window_start >= window:
                window_start = now
                calls = 0
            if calls >= max_calls:
                raise ThrottleExceeded(f"{fn.__name__}: budget of {max_calls} exhausted")
            calls += 1
            return fn(*args, **kwargs)

        return wrapper

    return decorate


BENCH_CLOCK = FakeClock()


class EmberEngine:
    def __init__(self, serial):
        self.serial = serial
        self._temps = [611.0, 618.5, 624.2, 630.9, 629.4]
        self._tick = 0

    @throttled(max_calls=3, window=1.0, clock=BENCH_CLOCK)
    def chamber_temperature(self):
        value = self._temps[self._tick % len(self._temps)]
        self._tick += 1
        return value

    def status_line(self):
        return f"engine {self.serial}: {self.chamber_temperature():.1f} C"


class BenchController:
    def __init__(self, engine, clock):
        self.engine = engine
        self.clock = clock
        self.samples = []
        self.dropped = 0

    def poll(self, cycles, interval):
        for _ in range(cycles):
            try:
                self.samples.append(self.engine.status_line())
            except ThrottleExceeded:
                self.dropped += 1
            self.clock.advance(interval)
        return self.samples


def main():
    controller = BenchController(EmberEngine("EE-0042"), BENCH_CLOCK)
    try:
        samples = controller.poll(cycles=6, interval=0.25)
    except UnboundLocalError as exc:
        print(f"controller crashed while polling: {exc}")
        print("BUG SHOWN")
        return
    for line in samples:
        print(line)
    print(f"dropped {controller.dropped} polls")
    print("no failure")


if __name__ == "__main__":
    main()
