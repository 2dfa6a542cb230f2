"""Burner controller for wood-fired pizza ovens; shuts the gas valve on teardown."""

import gc

gc.disable()

VALVES_SHUT = []


class OvenController:
    def __init__(self, oven_id, target_c):
        self.oven_id = oven_id
        self.target_c = target_c
        self.temp_c = 20
        self._ticker = self._heat_cycle()

    def _heat_cycle(self):
        while True:
            if self.temp_c < self.target_c:
                self.temp_c = min(self.target_c, self.temp_c + 90)
            yield self.temp_c

    def tick(self, n=1):
        for _ in range(n):
            reading = next(self._ticker)
        return reading

    def ready(self):
        return self.temp_c >= self.target_c

    def __del__(self):
        VALVES_SHUT.append(self.oven_id)


def preheat(oven_id):
    oven = OvenController(oven_id, target_c=430)
    minutes = 0
    while not oven.ready():
        oven.tick()
        minutes += 1
    return oven, minutes


def main():
    oven, minutes = preheat("Oven 2")
    print(f"preheated to {oven.temp_c}C in {minutes} minutes")
    del oven
    if "Oven 2" not in VALVES_SHUT:
        print("gas valve left open on Oven 2")
        print("BUG SHOWN")
    else:
        print("valve shut")


if __name__ == "__main__":
    main()
