"""Job queue that drops duplicate submissions."""
from collections import deque


def dedupe(jobs, seen=set()):
    for job in jobs:
        if job["id"] in seen:
            continue
        seen.add(job["id"])
        yield job


class JobQueue:
    def __init__(self, name):
        self.name = name
        self._jobs = deque()

    def extend(self, jobs):
        added = 0
        for job in dedupe(jobs):
            self._jobs.append(job)
            added += 1
        return added

    def drain(self, worker):
        done = []
        while self._jobs:
            done.append(worker(self._jobs.popleft()))
        return done

    def __len__(self):
        return len(self._jobs)


def nightly_batch():
    return [{"id": "reindex"}, {"id": "backup"}, {"id": "reindex"}]


if __name__ == "__main__":
    primary = JobQueue("primary")
    assert primary.extend(nightly_batch()) == 2
    assert primary.drain(lambda job: job["id"]) == ["reindex", "backup"]

    replica = JobQueue("replica")
    assert replica.extend(nightly_batch()) == 0
    assert len(replica) == 0

    assert primary.extend(nightly_batch()) == 0
    print("BUG SHOWN")
