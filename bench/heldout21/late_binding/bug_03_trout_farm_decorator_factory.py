"""Trout farm feeding scheduler: feeding jobs registered per pond."""
import functools

PONDS = [("hatchery", 0.5), ("fingerling", 1.5), ("grower", 4.0)]

JOBS = []


def feeding_job(hour):
    def decorate(fn):
        @functools.wraps(fn)
        def job():
            return fn()
        JOBS.append((hour, job))
        return job
    return decorate


class FeedLog:
    def __init__(self):
        self.entries = []

    def add(self, pond, kg):
        self.entries.append((pond, kg))


def schedule_ponds(log, fish_counts):
    for hour, (pond, ration) in enumerate(PONDS, start=6):
        @feeding_job(hour)
        def feed():
            kg = ration * fish_counts[pond] / 1000
            log.add(pond, kg)
            return pond


def run_day():
    for _, job in sorted(JOBS, key=lambda j: j[0]):
        job()


def main():
    log = FeedLog()
    schedule_ponds(log, {"hatchery": 2000, "fingerling": 1000, "grower": 500})
    run_day()
    fed = [pond for pond, _ in log.entries]
    print("feed log:", log.entries)
    if fed != ["hatchery", "fingerling", "grower"]:
        print("ponds fed:", fed)
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
