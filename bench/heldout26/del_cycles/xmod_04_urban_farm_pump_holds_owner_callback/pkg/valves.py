"""Registry of physically open irrigation valves (the safety interlock)."""

OPEN_VALVES = {}


def open_valve(zone, litres_per_min):
    OPEN_VALVES[zone] = litres_per_min


def close_valve(zone):
    OPEN_VALVES.pop(zone, None)
