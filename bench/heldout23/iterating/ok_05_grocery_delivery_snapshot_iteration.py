"""Order picking and substitution for a grocery delivery service.

Pickers walk the basket of each order.  Out-of-stock lines are dropped or
replaced by a substitute, and substitution listeners may add extra lines
(e.g. a free bag for chilled items).  One-shot listeners detach themselves
after they fire.
"""
from dataclasses import dataclass
from typing import Callable, Dict, List, Set


@dataclass
class Line:
    sku: str
    qty: int
    chilled: bool = False


STOCK = {"milk-2l": 0, "oat-milk-1l": 12, "eggs-12": 4, "bread": 6, "butter": 0, "yogurt": 9}
SUBSTITUTES = {"milk-2l": "oat-milk-1l", "butter": None}


class Picker:
    def __init__(self) -> None:
        self.listeners: List[Callable[["Picker", Dict[str, Line], Line], None]] = []
        self.substituted: Set[str] = set()

    def listen(self, fn) -> None:
        self.listeners.append(fn)

    def _notify(self, basket: Dict[str, Line], line: Line) -> None:
        for listener in list(self.listeners):
            listener(self, basket, line)

    def pick(self, basket: Dict[str, Line]) -> Dict[str, Line]:
        for sku, line in list(basket.items()):
            if STOCK.get(sku, 0) >= line.qty:
                continue
            del basket[sku]
            replacement = SUBSTITUTES.get(sku)
            if replacement:
                new_line = Line(replacement, line.qty, line.chilled)
                basket[replacement] = new_line
                self.substituted.add(sku)
                self._notify(basket, new_line)
        return basket


def chilled_bag(picker: Picker, basket: Dict[str, Line], line: Line) -> None:
    if line.chilled and "cool-bag" not in basket:
        basket["cool-bag"] = Line("cool-bag", 1)


def first_substitution_coupon(picker: Picker, basket: Dict[str, Line], line: Line) -> None:
    basket["coupon-sub"] = Line("coupon-sub", 1)
    picker.listeners.remove(first_substitution_coupon)


def prune_empty(routes: List[List[str]]) -> List[List[str]]:
    return [stops for stops in routes if stops]


def main() -> None:
    picker = Picker()
    picker.listen(first_substitution_coupon)
    picker.listen(chilled_bag)
    basket = {
        "milk-2l": Line("milk-2l", 2, chilled=True),
        "butter": Line("butter", 1, chilled=True),
        "eggs-12": Line("eggs-12", 1),
        "bread": Line("bread", 1),
    }
    picked = picker.pick(basket)
    assert sorted(picked) == ["bread", "cool-bag", "coupon-sub", "eggs-12", "oat-milk-1l"], sorted(picked)
    assert picker.listeners == [chilled_bag]

    second = picker.pick({"milk-2l": Line("milk-2l", 1, chilled=True), "yogurt": Line("yogurt", 3, True)})
    assert sorted(second) == ["cool-bag", "oat-milk-1l", "yogurt"], sorted(second)
    assert prune_empty([["a"], [], ["b", "c"], []]) == [["a"], ["b", "c"]]
    print(f"first basket: {sorted(picked)}")
    print("OK")


if __name__ == "__main__":
    main()
