"""Job routing for a xerography copy shop.

The shop runs a mono laser line for plain documents and a wide-format
plotter for posters and plans.  Counter staff submit jobs to the queue of
the machine that should print them; each machine drains its own queue when
it warms up.
"""
import itertools
from dataclasses import dataclass


@dataclass
class PrintJob:
    job_id: int
    customer: str
    pages: int
    paper: str


class PrintQueue:
    """Base class for a machine's job queue."""

    accepted_papers = ()
    pending = []
    _ids = itertools.count(1)

    def __init__(self, machine_name):
        self.machine_name = machine_name
        self.printed = []

    def submit(self, customer, pages, paper):
        if paper not in self.accepted_papers:
            raise ValueError(f"{self.machine_name} cannot print on {paper}")
        job = PrintJob(next(self._ids), customer, pages, paper)
        self.pending.append(job)
        return job.job_id

    def drain(self):
        while self.pending:
            job = self.pending.pop(0)
            self.printed.append(self.render(job))
        return self.printed

    def render(self, job):
        raise NotImplementedError


class MonoLaserQueue(PrintQueue):
    accepted_papers = ("A4", "A3", "letter")

    def render(self, job):
        return f"[{self.machine_name}] #{job.job_id} {job.customer}: {job.pages}p mono {job.paper}"


class WideFormatQueue(PrintQueue):
    accepted_papers = ("A1", "A0", "banner")

    def render(self, job):
        metres = job.pages * (1.19 if job.paper == "A0" else 0.84)
        return f"[{self.machine_name}] #{job.job_id} {job.customer}: {metres:.2f} m on {job.paper}"


def main():
    laser = MonoLaserQueue("laser-1")
    plotter = WideFormatQueue("plotter-A0")

    laser.submit("law office", 120, "A4")
    plotter.submit("architect", 6, "A0")
    laser.submit("student", 35, "letter")
    plotter.submit("band", 2, "banner")

    laser_output = laser.drain()
    plotter_output = plotter.drain()
    for line in laser_output + plotter_output:
        print(line)

    misrouted = [line for line in laser_output if "A0" in line or "banner" in line]
    if misrouted or not plotter_output:
        print(f"laser printed {len(misrouted)} wide-format jobs; plotter printed {len(plotter_output)}")
        print("BUG SHOWN")
    else:
        print("jobs routed correctly")


if __name__ == "__main__":
    main()
