"""Class booking client for a yoga studio.

The studio's booking backend is a little flaky at peak times: a class can be
momentarily full while a cancellation is being processed.  The client retries
a few times and, if it still cannot get a mat, raises a BookingFailed that
carries the studio's last refusal so the front desk can show it.
"""
import itertools
import logging
from dataclasses import dataclass, field

log = logging.getLogger("studio.booking")


class StudioFull(Exception):
    def __init__(self, session, waitlist_position):
        super().__init__(f"{session} is full (waitlist #{waitlist_position})")
        self.session = session
        self.waitlist_position = waitlist_position


class BookingFailed(Exception):
    pass


@dataclass
class Session:
    name: str
    capacity: int
    booked: list = field(default_factory=list)
    waitlist: list = field(default_factory=list)


class StudioBackend:
    def __init__(self, sessions):
        self.sessions = {s.name: s for s in sessions}
        self._tick = itertools.count()

    def reserve(self, member, session_name):
        next(self._tick)
        session = self.sessions[session_name]
        if len(session.booked) >= session.capacity:
            if member not in session.waitlist:
                session.waitlist.append(member)
            raise StudioFull(session_name, session.waitlist.index(member) + 1)
        session.booked.append(member)
        return f"{session_name}/{member}/mat-{len(session.booked)}"


class BookingClient:
    def __init__(self, backend, attempts=3):
        self.backend = backend
        self.attempts = attempts
        self.history = []

    def book(self, member, session_name):
        for attempt in range(1, self.attempts + 1):
            try:
                ticket = self.backend.reserve(member, session_name)
            except StudioFull as refusal:
                log.info("attempt %d refused: %s", attempt, refusal)
                self.history.append((member, session_name, "refused"))
                continue
            self.history.append((member, session_name, ticket))
            return ticket
        raise BookingFailed(
            f"{member} could not book {session_name}: {refusal} "
            f"(waitlist #{refusal.waitlist_position})"
        )


def main():
    backend = StudioBackend([
        Session("sunrise-vinyasa", capacity=2),
        Session("yin-evening", capacity=5),
    ])
    client = BookingClient(backend)
    for member in ("ana", "bo", "chen"):
        try:
            ticket = client.book(member, "sunrise-vinyasa")
            print(f"{member}: {ticket}")
        except BookingFailed as failure:
            print(f"{member}: {failure}")
        except NameError as exc:
            print(f"{member}: front desk crashed: {type(exc).__name__}: {exc}")
            print("BUG SHOWN")
            return
    print("all bookings handled")


if __name__ == "__main__":
    main()
