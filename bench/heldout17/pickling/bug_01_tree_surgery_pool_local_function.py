"""Tree surgery quotes: crown-reduction estimates computed in a process pool."""

import multiprocessing as mp
import pickle


class Tree:
    def __init__(self, species, height_m, spread_m):
        self.species = species
        self.height_m = height_m
        self.spread_m = spread_m


HARDWOOD = {"oak", "beech", "ash"}


def make_estimator(day_rate, climbers):
    def estimate(tree):
        hours = tree.height_m * tree.spread_m / 20
        if tree.species in HARDWOOD:
            hours *= 1.4
        return round(hours / 8 * day_rate * climbers, 2)
    return estimate


class QuoteEngine:
    def __init__(self, day_rate, climbers):
        self.estimator = make_estimator(day_rate, climbers)

    def quote_all(self, trees):
        with mp.Pool(2) as pool:
            return pool.map(self.estimator, trees)


def main():
    trees = [Tree("oak", 18, 12), Tree("sycamore", 14, 9), Tree("birch", 10, 5)]
    engine = QuoteEngine(day_rate=450, climbers=2)
    try:
        quotes = engine.quote_all(trees)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("quote run failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print("quotes", quotes)
    print("OK")


if __name__ == "__main__":
    main()
