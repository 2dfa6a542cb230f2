"""Ferris wheel ride control: gondolas know which wheel they hang on."""

import gc

RELEASED = []


class Gondola:
    def __init__(self, wheel, number, seats=6):
        self.wheel = wheel
        self.number = number
        self.seats = seats
        self.riders = []

    def board(self, names):
        free = self.seats - len(self.riders)
        taken = names[:free]
        self.riders.extend(taken)
        return names[free:]

    def at_platform(self):
        return self.wheel.platform_gondola() is self


class Wheel:
    def __init__(self, name, gondola_count):
        self.name = name
        self.gondolas = [Gondola(self, n) for n in range(gondola_count)]
        self.position = 0

    def platform_gondola(self):
        return self.gondolas[self.position % len(self.gondolas)]

    def rotate(self, steps=1):
        self.position += steps

    def load_queue(self, queue):
        while queue:
            queue = self.platform_gondola().board(queue)
            self.rotate()
        return self.position

    def __del__(self):
        RELEASED.append(self.name)


def run_evening(queue):
    wheel = Wheel("Skyview", 8)
    stops = wheel.load_queue(queue)
    return wheel, stops


def main():
    gc.disable()
    wheel, stops = run_evening([f"guest-{i}" for i in range(20)])
    print("stops:", stops, "riders on first gondola:", len(wheel.gondolas[0].riders))
    del wheel
    print("released after del:", RELEASED)
    if not RELEASED:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
