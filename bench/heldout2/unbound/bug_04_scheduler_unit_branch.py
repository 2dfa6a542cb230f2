import heapq


class Job:
    def __init__(self, name, interval):
        self.name = name
        self.interval = interval


class Scheduler:
    def __init__(self):
        self._queue = []
        self._counter = 0

    def _to_seconds(self, spec):
        amount, unit = int(spec[:-1]), spec[-1]
        if unit == "s":
            seconds = amount
        elif unit == "m":
            seconds = amount * 60
        elif unit == "h":
            seconds = amount * 3600
        return seconds

    def every(self, spec, name, now=0):
        interval = self._to_seconds(spec)
        job = Job(name, interval)
        self._counter += 1
        heapq.heappush(self._queue, (now + interval, self._counter, job))
        return job

    def due(self, now):
        out = []
        while self._queue and self._queue[0][0] <= now:
            out.append(heapq.heappop(self._queue)[2].name)
        return out


def main():
    sched = Scheduler()
    sched.every("30s", "heartbeat")
    sched.every("5m", "flush")
    assert sched.due(60) == ["heartbeat"]
    try:
        sched.every("1d", "compact")
    except UnboundLocalError as exc:
        assert "seconds" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected UnboundLocalError")


if __name__ == "__main__":
    main()
