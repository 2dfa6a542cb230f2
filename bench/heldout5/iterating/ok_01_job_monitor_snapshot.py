class Job:
    def __init__(self, name, retries):
        self.name = name
        self.retries = retries


class JobQueueMonitor:
    def __init__(self):
        self._running = {}
        self._finished = []
        self._listeners = set()

    def start(self, job):
        self._running[job.name] = job

    def listen(self, callback):
        self._listeners.add(callback)

    def _finish(self, name, status):
        job = self._running.pop(name)
        self._finished.append((job.name, status))
        for listener in list(self._listeners):
            listener(self, job, status)

    def reap(self, statuses):
        for name in list(self._running):
            status = statuses.get(name)
            if status is not None:
                self._finish(name, status)
        return sorted(self._running)

    def drop_failed(self):
        self._finished = [entry for entry in self._finished if entry[1] != "failed"]
        return self._finished


def one_shot_alert(monitor, job, status):
    if status == "failed":
        monitor._listeners.discard(one_shot_alert)
        alerts.append(job.name)


alerts = []

if __name__ == "__main__":
    monitor = JobQueueMonitor()
    for name in ("backup", "index", "thumbnails", "emails"):
        monitor.start(Job(name, retries=2))
    monitor.listen(one_shot_alert)
    monitor.listen(lambda m, job, status: None)
    left = monitor.reap({"backup": "ok", "index": "failed", "emails": "failed"})
    assert left == ["thumbnails"]
    assert alerts == ["index"]
    assert monitor.drop_failed() == [("backup", "ok")]
    print("OK")
