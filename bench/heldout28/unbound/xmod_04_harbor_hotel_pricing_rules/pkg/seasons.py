"""Season calendar used by the revenue desk."""
import datetime

PEAK_MONTHS = {6, 7, 8, 12}
OFF_MONTHS = {1, 2, 11}


def season_for(day: datetime.date) -> str:
    if day.month in PEAK_MONTHS:
        return "peak"
    if day.month in OFF_MONTHS:
        return "off"
    return "shoulder"


def nights(check_in: datetime.date, check_out: datetime.date):
    day = check_in
    while day < check_out:
        yield day
        day += datetime.timedelta(days=1)
