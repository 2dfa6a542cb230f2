"""Scheduler that runs every job whose due time has passed."""


class Scheduler:
    def __init__(self):
        self._jobs = []
        self.history = []

    def add(self, job):
        self._jobs.append(job)
        return job

    def cancel(self, job):
        if job in self._jobs:
            self._jobs.remove(job)

    def pending(self):
        return [job.name for job in self._jobs]

    def run_due(self, now):
        for job in self._jobs:
            if job.due_at <= now:
                job.run(self, now)
                self.history.append((now, job.name))
