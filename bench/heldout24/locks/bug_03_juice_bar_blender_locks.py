"""Order handling for a juice bar with several blender stations.

All stations draw fruit from one shared walk-in pantry.  Each station runs
its orders on its own thread; a station takes its lock while it checks the
pantry, blends, and books the fruit it used.
"""
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Recipe:
    name: str
    fruit: dict
    blend_seconds: float


class Pantry:
    def __init__(self, stock):
        self._stock = dict(stock)

    def count(self, fruit):
        return self._stock.get(fruit, 0)

    def set_count(self, fruit, value):
        self._stock[fruit] = value

    def snapshot(self):
        return dict(self._stock)


class BlenderStation:
    def __init__(self, name, pantry):
        self.name = name
        self.pantry = pantry
        self._lock = threading.Lock()
        self.made = []

    def make(self, recipe):
        with self._lock:
            available = {f: self.pantry.count(f) for f in recipe.fruit}
            short = [f for f, need in recipe.fruit.items() if available[f] < need]
            if short:
                return f"{self.name}: {recipe.name} 86'd (out of {', '.join(short)})"
            time.sleep(recipe.blend_seconds)
            for fruit, need in recipe.fruit.items():
                self.pantry.set_count(fruit, available[fruit] - need)
            self.made.append(recipe.name)
            return f"{self.name}: {recipe.name} served"


SUNRISE = Recipe("Hibiscus Sunrise", {"orange": 3, "mango": 1}, 0.2)
ISLAND = Recipe("Island Green", {"kiwi": 2, "orange": 2}, 0.2)


def station_shift(station, start_gun, orders, out):
    start_gun.wait()
    for recipe in orders:
        out.append(station.make(recipe))


def main():
    pantry = Pantry({"orange": 20, "mango": 6, "kiwi": 8})
    stations = [BlenderStation(name, pantry) for name in ("left", "middle", "right")]
    orders = {"left": [SUNRISE], "middle": [ISLAND], "right": [SUNRISE]}
    start_gun = threading.Barrier(len(stations))
    out = []
    threads = [threading.Thread(target=station_shift,
                                args=(s, start_gun, orders[s.name], out)) for s in stations]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for line in sorted(out):
        print(line)
    menu = {recipe.name: recipe for recipe in (SUNRISE, ISLAND)}
    oranges_used = sum(menu[name].fruit.get("orange", 0) for s in stations for name in s.made)
    expected = 20 - oranges_used
    print(f"pantry now: {pantry.snapshot()}")
    if pantry.count("orange") != expected:
        print(f"pantry shows {pantry.count('orange')} oranges, {oranges_used} were used "
              f"so {expected} should remain")
        print("BUG SHOWN")
    else:
        print("pantry reconciled")


if __name__ == "__main__":
    main()
