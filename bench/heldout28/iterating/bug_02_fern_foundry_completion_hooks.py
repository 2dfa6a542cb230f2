"""Fern foundry: casting-job scheduler for a small bronze foundry.

Jobs (pours, cooling, fettling) are kept by id; when the scheduler ticks,
finished jobs run their completion hooks, which may queue the next stage
of the same casting.
"""
import itertools
from dataclasses import dataclass, field


@dataclass
class Job:
    job_id: int
    casting: str
    stage: str
    ready_at: int
    hooks: list = field(default_factory=list)
    done: bool = False

    def finish(self, scheduler):
        self.done = True
        for hook in self.hooks:
            hook(scheduler, self)


NEXT_STAGE = {"pour": ("cooling", 90), "cooling": ("fettling", 30)}


def queue_next_stage(scheduler, job):
    follow = NEXT_STAGE.get(job.stage)
    if follow:
        stage, minutes = follow
        scheduler.add(job.casting, stage, job.ready_at + minutes)


class CastingScheduler:
    def __init__(self):
        self.jobs = {}
        self.completed = []
        self._ids = itertools.count(1)

    def add(self, casting, stage, ready_at):
        job = Job(next(self._ids), casting, stage, ready_at, hooks=[queue_next_stage])
        self.jobs[job.job_id] = job
        return job

    def tick(self, now):
        for job_id, job in self.jobs.items():
            if not job.done and job.ready_at <= now:
                job.finish(self)
                self.completed.append((now, job.casting, job.stage))

    def pending(self):
        return [job for job in self.jobs.values() if not job.done]


def main():
    foundry = CastingScheduler()
    foundry.add("fern-frond panel", "pour", ready_at=10)
    foundry.add("garden gate finial", "pour", ready_at=40)
    try:
        for minute in (0, 15, 45):
            foundry.tick(minute)
    except RuntimeError as exc:
        print(f"scheduler tick failed: {exc}")
        print(f"completed before the failure: {foundry.completed}")
        print("BUG SHOWN")
        return
    print("completed:", foundry.completed)
    print("no failure")


if __name__ == "__main__":
    main()
