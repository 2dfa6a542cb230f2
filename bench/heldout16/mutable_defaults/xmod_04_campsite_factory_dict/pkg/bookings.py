from typing import NamedTuple


class Booking(NamedTuple):
    pitch: str
    nights: int
    extras: dict


def new_booking(pitch, nights, extras={}):
    return Booking(pitch, nights, extras)
