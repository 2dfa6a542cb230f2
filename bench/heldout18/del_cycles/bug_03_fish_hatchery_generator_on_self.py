"""Fish hatchery tanks with a feeding cycle driven by a generator."""

import gc

DRAINED = []


class Tank:
    RATIONS = (2.0, 1.5, 1.0)

    def __init__(self, tank_id, fry):
        self.tank_id = tank_id
        self.fry = fry
        self.fed_grams = 0.0
        self._cycle = self._feeding_cycle()

    def _ration(self, phase):
        return round(self.fry / 1000 * self.RATIONS[phase % len(self.RATIONS)], 3)

    def _feeding_cycle(self):
        phase = 0
        while True:
            grams = self._ration(phase)
            self.fed_grams += grams
            yield grams
            phase += 1

    def feed(self):
        return next(self._cycle)

    def __del__(self):
        DRAINED.append(self.tank_id)


class Hatchery:
    def __init__(self):
        self.tanks = {}

    def stock(self, tank_id, fry):
        self.tanks[tank_id] = Tank(tank_id, fry)

    def feeding_round(self):
        return {tid: tank.feed() for tid, tank in self.tanks.items()}

    def release(self, tank_id):
        del self.tanks[tank_id]


def main():
    gc.disable()
    hatchery = Hatchery()
    hatchery.stock("T1", 4000)
    hatchery.stock("T2", 2500)
    for _ in range(3):
        print(hatchery.feeding_round())
    hatchery.release("T2")
    print("drained after release:", DRAINED)
    if "T2" not in DRAINED:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
