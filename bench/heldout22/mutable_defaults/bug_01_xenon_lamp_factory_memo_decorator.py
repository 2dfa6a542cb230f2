"""Spec lookups for a xenon lamp factory.

Lamp specifications live in a slow engineering database.  Quoting a customer
order needs wattage and rated lifetime for each model, so the lookups are
memoized with a tiny in-house decorator instead of hitting the database for
every line item.
"""
import functools
import time

ENGINEERING_DB = {
    "XBO-450": {"watts": 450, "hours": 2000, "arc_mm": 2.7},
    "XBO-1600": {"watts": 1600, "hours": 2200, "arc_mm": 4.4},
    "XHA-3000": {"watts": 3000, "hours": 1500, "arc_mm": 5.0},
}

DB_CALLS = []


def query_engineering_db(model, column):
    DB_CALLS.append((model, column))
    time.sleep(0.001)
    return ENGINEERING_DB[model][column]


def memoized(func, _results={}):
    @functools.wraps(func)
    def wrapper(*args):
        try:
            return _results[args]
        except KeyError:
            value = _results[args] = func(*args)
            return value

    wrapper.cache_size = lambda: len(_results)
    return wrapper


@memoized
def lamp_watts(model):
    return query_engineering_db(model, "watts")


@memoized
def lamp_hours(model):
    return query_engineering_db(model, "hours")


def quote(order, price_per_kwh=0.21):
    lines = []
    for model, qty in order:
        watts = lamp_watts(model)
        hours = lamp_hours(model)
        energy_cost = watts / 1000 * hours * price_per_kwh
        lines.append({
            "model": model,
            "qty": qty,
            "watts": watts,
            "hours": hours,
            "lifetime_energy_eur": round(energy_cost * qty, 2),
        })
    return lines


def main():
    order = [("XBO-450", 4), ("XHA-3000", 1), ("XBO-450", 2)]
    lines = quote(order)
    for line in lines:
        print(f"{line['model']:>9} x{line['qty']}: {line['watts']} W, "
              f"{line['hours']} h, {line['lifetime_energy_eur']} EUR")
    print(f"database calls: {len(DB_CALLS)}")
    wrong = [line for line in lines
             if line["hours"] != ENGINEERING_DB[line["model"]]["hours"]]
    if wrong:
        print(f"{len(wrong)} quote lines carry the wattage as rated lifetime")
        print("BUG SHOWN")
    else:
        print("quote consistent")


if __name__ == "__main__":
    main()
