"""Locksmith job dispatcher.

Call-outs come in by area.  Each van covers one area; the dispatcher builds
a table of per-area dispatch callables and a set of timed reminders, then
runs the day's calls through it.
"""
import functools
import sched
from dataclasses import dataclass, field


@dataclass
class Van:
    driver: str
    area: str
    jobs: list = field(default_factory=list)


@dataclass(frozen=True)
class CallOut:
    ref: str
    area: str
    problem: str


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def assign(van, call):
    van.jobs.append(call.ref)
    return van.driver


class Dispatcher:
    def __init__(self, vans, clock):
        self.vans = vans
        self.handlers = {van.area: functools.partial(assign, van) for van in vans}
        self.reminders = []
        self.scheduler = sched.scheduler(clock.time, clock.sleep)
        self.clock = clock

    def schedule_stock_checks(self, every_minutes):
        for index, van in enumerate(self.vans):
            self.scheduler.enter(index * every_minutes * 60, 1,
                                 lambda van=van: self.reminders.append(
                                     (int(self.clock.time()), van.driver)))

    def dispatch(self, call):
        handler = self.handlers.get(call.area)
        if handler is None:
            return f"{call.ref}: no van covers {call.area}"
        return f"{call.ref}: {call.problem} -> {handler(call)}"


def main():
    clock = FakeClock()
    vans = [Van("Hal", "harbour"), Van("Isla", "old town"), Van("Kit", "lakeside")]
    dispatcher = Dispatcher(vans, clock)
    dispatcher.schedule_stock_checks(every_minutes=20)
    calls = [
        CallOut("C1", "harbour", "lost keys, car"),
        CallOut("C2", "lakeside", "snapped key in lock"),
        CallOut("C3", "old town", "uPVC door won't lock"),
        CallOut("C4", "harbour", "safe combination"),
    ]
    for call in calls:
        print(dispatcher.dispatch(call))
    dispatcher.scheduler.run()
    print(f"stock-check reminders: {dispatcher.reminders}")
    checks = [
        [v.jobs for v in vans] == [["C1", "C4"], ["C3"], ["C2"]],
        dispatcher.reminders == [(0, "Hal"), (1200, "Isla"), (2400, "Kit")],
    ]
    print("OK" if all(checks) else f"unexpected dispatch {checks}")


if __name__ == "__main__":
    main()
