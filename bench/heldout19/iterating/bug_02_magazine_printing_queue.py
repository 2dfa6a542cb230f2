"""Press queue for a magazine printing works."""


class PrintJob:
    def __init__(self, title, issue, pages, proofed):
        self.title = title
        self.issue = issue
        self.pages = pages
        self.proofed = proofed

    def __repr__(self):
        return f"{self.title} #{self.issue}"


class PressQueue:
    def __init__(self, jobs):
        self.jobs = list(jobs)
        self.printed = []

    def ready(self, job):
        return job.proofed and job.pages % 4 == 0

    def run_shift(self):
        for job in self.jobs:
            if self.ready(job):
                self.printed.append(job)
                self.jobs.remove(job)
        return self.printed


def main():
    queue = PressQueue([
        PrintJob("Garden Life", 41, 96, True),
        PrintJob("Rail Monthly", 212, 64, True),
        PrintJob("Knit Now", 7, 52, True),
        PrintJob("Bird Watch", 88, 70, False),
        PrintJob("City Eats", 3, 48, True),
    ])
    printed = queue.run_shift()
    print("printed:", printed)
    print("still queued:", queue.jobs)
    left_ready = [j for j in queue.jobs if queue.ready(j)]
    if left_ready:
        print("ready jobs skipped:", left_ready)
        print("BUG SHOWN")
    else:
        print("queue drained correctly")


if __name__ == "__main__":
    main()
