"""Haulage control for a zinc mine.

Ore carts queue on the main conveyor towards the crusher.  Before each shift
the controller weighs every cart in line; a cart above the crusher's intake
limit is split, with the overflow tipped into an extra cart at the back of
the line.
"""
import itertools
from collections import deque
from dataclasses import dataclass

CRUSHER_LIMIT_T = 12.0


@dataclass
class Cart:
    cart_id: str
    tonnes: float
    grade_pct: float


class Conveyor:
    def __init__(self, carts):
        self.line = deque(carts)
        self._spare_ids = (f"spare-{n}" for n in itertools.count(1))
        self.split_log = []

    def _add_overflow_cart(self, source, tonnes):
        spare = Cart(next(self._spare_ids), tonnes, source.grade_pct)
        self.line.append(spare)
        self.split_log.append((source.cart_id, spare.cart_id, tonnes))

    def _split(self, cart):
        overflow = round(cart.tonnes - CRUSHER_LIMIT_T, 2)
        cart.tonnes = CRUSHER_LIMIT_T
        self._add_overflow_cart(cart, overflow)

    def pre_shift_weigh(self):
        zinc_t = 0.0
        for cart in self.line:
            if cart.tonnes > CRUSHER_LIMIT_T:
                self._split(cart)
            zinc_t += cart.tonnes * cart.grade_pct / 100
        return round(zinc_t, 3)


def main():
    conveyor = Conveyor([
        Cart("C-11", 11.2, 8.1),
        Cart("C-12", 14.6, 7.4),
        Cart("C-13", 9.9, 9.0),
        Cart("C-14", 12.8, 6.5),
    ])
    try:
        zinc = conveyor.pre_shift_weigh()
    except RuntimeError as exc:
        print(f"weighing aborted: {exc}")
        print(f"split so far: {conveyor.split_log}")
        print("BUG SHOWN")
        return
    print(f"contained zinc: {zinc} t across {len(conveyor.line)} carts")


if __name__ == "__main__":
    main()
