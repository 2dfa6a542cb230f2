"""Checkout: turns basket lines into packing slips for the workroom."""
from typing import Dict, List, Optional

from .catalog import CATALOGUE
from .models import Model


def personalise(item: Model, wrap: Optional[str], message: Optional[str]) -> Model:
    if wrap:
        item.presentation["wrap"] = wrap
    if message:
        item.presentation["card"] = f"printed: {message}"
    return item


def packing_slips(basket: List[Dict[str, Optional[str]]]) -> List[Dict[str, object]]:
    slips = []
    for line in basket:
        item = CATALOGUE[line["sku"]]()
        personalise(item, line.get("wrap"), line.get("message"))
        slips.append(item.as_dict())
    return slips
