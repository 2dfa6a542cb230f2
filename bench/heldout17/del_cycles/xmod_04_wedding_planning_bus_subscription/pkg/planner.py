from .events import EventBus

VENUE_HOLDS = {}


class GuestList:
    def __init__(self, couple, venue):
        self.couple = couple
        self.venue = venue
        self.yes = []
        self.no = []
        self.bus = EventBus()
        self.bus.subscribe("rsvp", self._on_rsvp)
        VENUE_HOLDS[venue] = couple

    def _on_rsvp(self, guest, attending):
        (self.yes if attending else self.no).append(guest)

    def headcount(self):
        return len(self.yes)

    def __del__(self):
        VENUE_HOLDS.pop(self.venue, None)
