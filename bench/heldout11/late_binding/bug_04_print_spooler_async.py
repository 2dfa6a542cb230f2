import asyncio
from dataclasses import dataclass


@dataclass
class PrintJob:
    job_id: int
    owner: str
    pages: int


class Printer:
    def __init__(self, name):
        self.name = name
        self.log = []

    def render(self, job):
        self.log.append((job.job_id, job.owner, job.pages))


class Spooler:
    def __init__(self, printer, max_pages=50):
        self.printer = printer
        self.max_pages = max_pages
        self.rejected = []

    def _dispatch(self, job):
        self.printer.render(job)

    async def submit_batch(self, jobs):
        loop = asyncio.get_running_loop()
        for job in jobs:
            if job.pages > self.max_pages:
                self.rejected.append(job.job_id)
                continue
            loop.call_soon(lambda: self._dispatch(job))
        await asyncio.sleep(0)
        return len(jobs) - len(self.rejected)


async def main():
    printer = Printer("floor2-laser")
    spooler = Spooler(printer)
    accepted = await spooler.submit_batch([
        PrintJob(1, "kim", 3),
        PrintJob(2, "raj", 12),
        PrintJob(3, "lou", 400),
    ])
    assert accepted == 2 and spooler.rejected == [3]
    assert printer.log == [(3, "lou", 400), (3, "lou", 400)], printer.log
    print("BUG SHOWN")


if __name__ == "__main__":
    asyncio.run(main())
