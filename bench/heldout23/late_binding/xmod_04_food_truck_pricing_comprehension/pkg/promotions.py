"""Happy-hour and bundle promotions layered over base price functions."""
import functools
from typing import Dict

from .pricing import PriceFn


def three_for_two(price: PriceFn) -> PriceFn:
    @functools.wraps(price)
    def promoted(qty: int) -> int:
        free = qty // 3
        return price(qty - free)
    return promoted


def apply_promotions(table: Dict[str, PriceFn], bundle_codes) -> Dict[str, PriceFn]:
    promoted = dict(table)
    for code in bundle_codes:
        promoted[code] = three_for_two(table[code])
    return promoted
