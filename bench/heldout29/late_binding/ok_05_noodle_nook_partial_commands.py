"""Noodle nook order console.

Each dish gets a console command and a kitchen timer callback created in
a loop; the current dish is bound at creation time with functools.partial
or a keyword default, so every command keeps its own dish.
"""
import functools
import sched
from dataclasses import dataclass


@dataclass(frozen=True)
class Dish:
    code: str
    name: str
    boil_minutes: int


class SimClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


class Counter:
    def __init__(self, menu, clock):
        self.orders = []
        self.ready = []
        self.clock = clock
        self.timers = sched.scheduler(clock.time, clock.sleep)
        self.commands = {}
        for dish in menu:
            self.commands[f"order-{dish.code}"] = functools.partial(self.order, dish)
            self.commands[f"info-{dish.code}"] = (
                lambda dish=dish: f"{dish.name}: {dish.boil_minutes} min"
            )

    def order(self, dish):
        self.orders.append(dish.code)

        def done(dish=dish):
            self.ready.append((self.clock.time(), dish.code))

        self.timers.enter(dish.boil_minutes, 1, done)
        return f"ordered {dish.name}"


MENU = [Dish("u", "udon", 10), Dish("s", "soba", 4), Dish("r", "ramen", 7)]


def main():
    counter = Counter(MENU, SimClock())
    for line in ["order-u", "order-s", "info-r", "order-r"]:
        print(f"> {line}: {counter.commands[line]()}")
    counter.timers.run()
    assert counter.orders == ["u", "s", "r"], counter.orders
    assert counter.ready == [(4, "s"), (7, "r"), (10, "u")], counter.ready
    assert counter.commands["info-u"]() == "udon: 10 min"
    print("ready:", counter.ready)
    print("OK")


if __name__ == "__main__":
    main()
