"""Menu as loaded from the truck's daily board."""
from typing import Dict, NamedTuple


class MenuItem(NamedTuple):
    code: str
    label: str
    price_cents: int
    vegan: bool = False


DAILY_BOARD = """\
TACO|Al pastor taco|350|0
BURR|Bean burrito|850|1
QUES|Cheese quesadilla|700|0
HORC|Horchata|400|1
"""


def load_menu(board: str = DAILY_BOARD) -> Dict[str, MenuItem]:
    items = {}
    for row in board.strip().splitlines():
        code, label, price, vegan = row.split("|")
        items[code] = MenuItem(code, label, int(price), vegan == "1")
    return items
