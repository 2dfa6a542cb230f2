"""Sushi bar kitchen: pricing the night's platters in worker processes.

Platter pricing involves a per-style rounding function chosen by the head
chef.  The kitchen display sends the pricing jobs to a small process pool
so the order screen stays responsive.
"""
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Platter:
    name: str
    pieces: tuple


PIECE_PRICES = {"salmon nigiri": 260, "tuna maki": 180, "unagi": 340, "tamago": 150}


def price_platter(platter, finisher):
    raw = sum(PIECE_PRICES[p] for p in platter.pieces)
    return platter.name, finisher(raw)


def make_finisher(style):
    step = {"omakase": 500, "counter": 50}[style]

    def finish(pence):
        return -(-pence // step) * step

    return finish


def price_all(platters, style):
    finisher = make_finisher(style)
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        futures = [pool.submit(price_platter, p, finisher) for p in platters]
        return dict(f.result() for f in futures)


def main():
    platters = [
        Platter("Riverside", ("salmon nigiri",) * 4 + ("tuna maki",) * 6),
        Platter("Tsukiji", ("unagi", "tamago", "salmon nigiri", "tuna maki")),
    ]
    try:
        prices = price_all(platters, "counter")
    except (AttributeError, TypeError, pickle.PicklingError) as exc:
        print(f"pricing job rejected: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print(prices)
    print("OK")


if __name__ == "__main__":
    main()
