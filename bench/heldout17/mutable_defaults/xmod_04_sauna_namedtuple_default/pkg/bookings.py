from .models import Session

MAX_GUESTS = 6


class FullError(Exception):
    pass


def book_guest(session, name):
    if len(session.guests) >= MAX_GUESTS:
        raise FullError(session.label())
    session.guests.append(name)
    return len(session.guests)


def open_day(rooms, hours):
    return [Session(room, h) for room in rooms for h in hours]
