"""Job tracker that moves finished jobs into an archive."""


class Job:
    def __init__(self, job_id, finished=False):
        self.job_id = job_id
        self.finished = finished

    def __repr__(self):
        return f"Job({self.job_id})"


class JobTracker:
    def __init__(self):
        self.pending = []
        self.archive = []

    def add(self, job):
        self.pending.append(job)

    def _archive(self, job):
        self.pending.remove(job)
        self.archive.append(job)

    def reap(self):
        for job in self.pending:
            if job.finished:
                self._archive(job)
        return len(self.archive)


if __name__ == "__main__":
    tracker = JobTracker()
    for job_id, finished in [("build", True), ("test", True), ("lint", False),
                             ("package", True), ("deploy", True)]:
        tracker.add(Job(job_id, finished))

    tracker.reap()
    pending_ids = [j.job_id for j in tracker.pending]
    assert pending_ids == ["test", "lint", "deploy"]
    assert any(j.finished for j in tracker.pending)
    print("BUG SHOWN")
