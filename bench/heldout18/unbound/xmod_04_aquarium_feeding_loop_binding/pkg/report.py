def last_feed(log, tank):
    """Grams and hour of the most recent feed for a tank."""
    for entry in log.for_tank(tank):
        if entry.kind == "feed":
            latest = entry
    return latest.grams, latest.hour


def daily_summary(log, tanks):
    rows = {}
    for tank in tanks:
        grams, hour = last_feed(log, tank)
        rows[tank] = f"{grams:.1f} g at {hour:02d}:00"
    return rows
