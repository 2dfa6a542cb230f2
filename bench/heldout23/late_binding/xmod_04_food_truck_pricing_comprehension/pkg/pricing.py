"""Per-item price functions, so promotions can wrap any of them."""
from typing import Callable, Dict

from .menu import MenuItem

PriceFn = Callable[[int], int]


def build_price_table(menu: Dict[str, MenuItem]) -> Dict[str, PriceFn]:
    return {
        code: (lambda qty: qty * item.price_cents)
        for code, item in menu.items()
    }
