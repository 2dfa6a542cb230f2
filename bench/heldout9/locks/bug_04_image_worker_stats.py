import queue
import threading


class RenderStats:
    def __init__(self):
        self.counts = {"rendered": 0, "bytes": 0}


class RenderWorker(threading.Thread):
    def __init__(self, jobs, stats, checkpoint):
        super().__init__(daemon=True)
        self.jobs = jobs
        self.stats = stats
        self.checkpoint = checkpoint
        self._lock = threading.Lock()

    def _record(self, size):
        with self._lock:
            rendered = self.stats.counts["rendered"]
            total = self.stats.counts["bytes"]
            self.checkpoint()
            self.stats.counts["rendered"] = rendered + 1
            self.stats.counts["bytes"] = total + size

    def run(self):
        while True:
            job = self.jobs.get()
            if job is None:
                self.jobs.task_done()
                return
            width, height = job
            self._record(width * height * 3)
            self.jobs.task_done()


jobs = queue.Queue()
stats = RenderStats()
sync = threading.Barrier(2, timeout=5)
workers = [RenderWorker(jobs, stats, sync.wait) for _ in range(2)]
for w in workers:
    w.start()
for job in [(640, 480), (800, 600), None, None]:
    jobs.put(job)
for w in workers:
    w.join(timeout=10)
assert stats.counts["rendered"] == 1
print("BUG SHOWN")
