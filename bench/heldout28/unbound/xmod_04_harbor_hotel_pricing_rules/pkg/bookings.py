"""Booking requests and the quoting service used by the front desk."""
import datetime
from dataclasses import dataclass

from .rates import nightly_rate
from .seasons import nights, season_for


@dataclass
class Booking:
    guest: str
    room_type: str
    check_in: datetime.date
    check_out: datetime.date


def quote(booking: Booking):
    lines = []
    for day in nights(booking.check_in, booking.check_out):
        season = season_for(day)
        lines.append((day, season, nightly_rate(booking.room_type, season)))
    return lines


def total(lines):
    return round(sum(price for _, _, price in lines), 2)
