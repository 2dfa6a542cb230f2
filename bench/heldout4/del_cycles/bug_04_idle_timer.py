import gc

STOPPED = []


class Clock:
    def __init__(self):
        self.now = 0
        self.timers = []

    def advance(self, seconds):
        self.now += seconds
        for timer in list(self.timers):
            timer.poll(self.now)


class IdleTimer:
    def __init__(self, name, clock, timeout):
        self.name = name
        self.clock = clock
        self.deadline = clock.now + timeout
        self.fired = False
        self._callback = lambda: self._expire()
        clock.timers.append(self)

    def _expire(self):
        self.fired = True
        self.clock.timers.remove(self)

    def poll(self, now):
        if now >= self.deadline:
            self._callback()

    def __del__(self):
        STOPPED.append(self.name)


def main():
    gc.disable()
    try:
        clock = Clock()
        IdleTimer("kiosk", clock, timeout=30)
        clock.advance(31)
        assert clock.timers == []
        assert STOPPED == []
        gc.collect()
        assert STOPPED == ["kiosk"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
