"""The workshop keeps the job book shared by the front desk and the benches."""
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    job_id: str
    piece: str
    fabric: str
    panels: tuple


class Workshop:
    FABRIC_WIDTH_CM = 140

    def __init__(self, name):
        self.name = name
        self.jobs = {}
        self._book_lock = threading.Lock()

    def book(self, job):
        with self._book_lock:
            self.jobs[job.job_id] = job

    def cutting_plan(self, job_id, results):
        job = self.jobs[job_id]
        rows, row_width, metres = 0, 0, 0
        for width, height in sorted(job.panels, reverse=True):
            if row_width + width > self.FABRIC_WIDTH_CM or rows == 0:
                rows += 1
                row_width = 0
                metres += height
            row_width += width
        results.put((job_id, metres / 100))
