from .models import Slot


def open_day(hours):
    return [Slot(h) for h in hours]  # expect: SNG201


def book(slot, name):
    slot.guests.append(name)
    return len(slot.guests)


def reserve(slot, name):
    slot.guests.append(name)
