"""Periodic sweep over all cisterns."""
HIGH_WATER = 0.9
LOW_WATER = 0.1


def sweep(cisterns):
    for cistern in cisterns:
        ratio = cistern.fill_ratio
        if ratio >= HIGH_WATER:
            cistern.alarms.raise_alarm(cistern.name, f"overflow risk at {ratio:.0%}")
        elif ratio <= LOW_WATER:
            cistern.alarms.raise_alarm(cistern.name, f"nearly dry at {ratio:.0%}")


def dashboard(cisterns):
    rows = []
    for cistern in cisterns:
        sources = sorted({a["source"] for a in cistern.alarms.open_alarms()})
        rows.append((cistern.name, len(cistern.alarms.open_alarms()), sources))
    return rows
