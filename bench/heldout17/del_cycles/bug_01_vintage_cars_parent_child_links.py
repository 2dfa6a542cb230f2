"""Vintage car rally: a garage owns entrants and releases its pit bay when gone."""

import gc

gc.disable()

RELEASED_BAYS = []


class Entrant:
    def __init__(self, make, year, garage):
        self.make = make
        self.year = year
        self.garage = garage
        self.laps = []

    def lap(self, seconds):
        self.laps.append(seconds)
        self.garage.note_lap(self, seconds)


class Garage:
    def __init__(self, team, bay):
        self.team = team
        self.bay = bay
        self.cars = []
        self.best = {}

    def enter(self, make, year):
        car = Entrant(make, year, self)
        self.cars.append(car)
        return car

    def note_lap(self, car, seconds):
        key = f"{car.year} {car.make}"
        self.best[key] = min(seconds, self.best.get(key, seconds))

    def __del__(self):
        RELEASED_BAYS.append(self.bay)


def run_heat():
    garage = Garage("Brooklands Revival", bay=7)
    bentley = garage.enter("Bentley 4.5 Litre", 1929)
    bugatti = garage.enter("Bugatti Type 35", 1926)
    bentley.lap(142.1)
    bugatti.lap(139.8)
    bentley.lap(140.4)
    return garage


def main():
    garage = run_heat()
    print("best laps:", garage.best)
    del garage
    if 7 not in RELEASED_BAYS:
        print("pit bay 7 still held after the garage was dropped")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
