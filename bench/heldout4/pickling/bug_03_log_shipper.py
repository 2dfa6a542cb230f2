import functools
from concurrent.futures import ProcessPoolExecutor


def tail_lines(lines, level):
    for line in lines:
        if line.startswith(level):
            yield line


def ship_batch(destination, source):
    batch = list(source)
    return destination, len(batch)


class LogShipper:
    def __init__(self, destinations):
        self.destinations = destinations

    def jobs(self, lines):
        for dest, level in self.destinations.items():
            yield functools.partial(ship_batch, dest, source=tail_lines(lines, level))

    def ship(self, lines):
        with ProcessPoolExecutor(max_workers=2) as pool:
            return dict(pool.map(run_job, self.jobs(lines)))


def run_job(job):
    return job()


def main():
    shipper = LogShipper({"pager": "ERROR", "archive": "INFO"})
    lines = ["INFO boot", "ERROR disk full", "INFO retry", "ERROR again"]
    try:
        shipper.ship(lines)
    except TypeError as exc:
        assert "cannot pickle 'generator' object" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("logs shipped")


if __name__ == "__main__":
    main()
