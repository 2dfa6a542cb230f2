"""Price rules for boats and extras."""
from .models import BOAT_RATES, EXTRA_RATES


def add_extra(quote, name):
    if name not in EXTRA_RATES:
        raise KeyError(f"unknown extra {name!r}")
    if name not in quote.extras:
        quote.extras.append(name)
    return quote


def price(quote):
    hourly = BOAT_RATES[quote.boat]
    extras = sum(EXTRA_RATES[name] for name in quote.extras)
    total = hourly * quote.hours + extras
    if quote.hours >= 4:
        total -= hourly
    return total
