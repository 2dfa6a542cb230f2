"""Gull garrison: guard-relief roster for a coastal fort museum.

The duty officer builds a ``sched`` timetable where every watch post gets a
relief event at its own offset; a simulated clock drives the scheduler so
the roster can be previewed instantly.
"""
import sched


class SimulatedClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


class Garrison:
    def __init__(self, posts, interval_min):
        self.posts = posts
        self.interval_min = interval_min
        self.relieved = []
        self.clock = SimulatedClock()
        self.scheduler = sched.scheduler(self.clock.time, self.clock.sleep)

    def _relieve(self, post):
        self.relieved.append((int(self.clock.time()), post))

    def plan_watch(self):
        return [
            self.scheduler.enter(offset * self.interval_min, 1, lambda: self._relieve(post))
            for offset, post in enumerate(self.posts)
        ]

    def run(self):
        self.scheduler.run()
        return self.relieved


def main():
    garrison = Garrison(["north bastion", "gatehouse", "gull tower", "seawall"], interval_min=30)
    events = garrison.plan_watch()
    print(f"{len(events)} relief events planned")
    roster = garrison.run()
    for minute, post in roster:
        print(f"t+{minute:3d} min: relieve {post}")

    posts_relieved = [post for _, post in roster]
    if posts_relieved != garrison.posts:
        print(f"only {sorted(set(posts_relieved))} was ever relieved")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
