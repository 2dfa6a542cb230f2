"""Turns an order into a printed ticket with a total."""
from typing import Dict, List, Tuple

from .menu import MenuItem
from .pricing import PriceFn


def ring_up(order: List[Tuple[str, int]], menu: Dict[str, MenuItem],
            prices: Dict[str, PriceFn]) -> Tuple[List[str], int]:
    lines, total = [], 0
    for code, qty in order:
        amount = prices[code](qty)
        total += amount
        lines.append(f"{qty} x {menu[code].label:<20} {amount / 100:>7.2f}")
    return lines, total
