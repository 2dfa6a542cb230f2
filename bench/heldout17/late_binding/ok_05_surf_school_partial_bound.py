"""Surf school: lesson reminders bound per instructor with partial/defaults."""

import functools


class Scheduler:
    def __init__(self):
        self.jobs = []

    def at(self, hour, fn):
        self.jobs.append((hour, fn))

    def run_all(self):
        return [fn() for _, fn in sorted(self.jobs, key=lambda j: j[0])]


def remind(instructor, beach, hour):
    return f"{instructor}@{beach} {hour}:00"


class SurfSchool:
    def __init__(self, beach):
        self.beach = beach
        self.scheduler = Scheduler()
        self.board = {}

    def plan(self, lessons):
        for instructor, hour in lessons:
            self.scheduler.at(hour, functools.partial(remind, instructor, self.beach, hour))
        for instructor, hour in lessons:
            self.board[instructor] = lambda i=instructor, h=hour: f"{i} teaches at {h}"

    def wetsuit_counters(self, sizes):
        def make(size):
            return lambda n: f"{n} x {size}"
        return {s: make(s) for s in sizes}


def main():
    school = SurfSchool("Fistral")
    school.plan([("Tam", 9), ("Nia", 11), ("Oli", 14)])
    out = school.scheduler.run_all()
    assert out == ["Tam@Fistral 9:00", "Nia@Fistral 11:00", "Oli@Fistral 14:00"], out
    assert school.board["Tam"]() == "Tam teaches at 9"
    counters = school.wetsuit_counters(["S", "M", "L"])
    assert counters["S"](3) == "3 x S"
    print(out)
    print("OK")


if __name__ == "__main__":
    main()
