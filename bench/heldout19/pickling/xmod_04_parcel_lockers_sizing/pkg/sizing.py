"""Slot assignment, run in worker processes for large depots."""

SLOTS = {"S": (10, 35, 45), "M": (20, 35, 45), "L": (40, 35, 45)}


def smallest_slot(parcel):
    for name in ("S", "M", "L"):
        if parcel.fits(SLOTS[name]):
            return parcel.ref, name
    return parcel.ref, None
