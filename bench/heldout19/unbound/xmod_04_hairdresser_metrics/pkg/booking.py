from dataclasses import dataclass

from .metrics import counted


@dataclass
class Appointment:
    client: str
    stylist: str
    service: str
    minutes: int


class Book:
    DURATIONS = {"cut": 30, "colour": 90, "blow-dry": 20}

    def __init__(self):
        self.slots = []

    @counted("book")
    def book(self, client, stylist, service):
        appt = Appointment(client, stylist, service, self.DURATIONS[service])
        self.slots.append(appt)
        return appt

    @counted("cancel")
    def cancel(self, client):
        self.slots = [a for a in self.slots if a.client != client]

    def minutes_for(self, stylist):
        return sum(a.minutes for a in self.slots if a.stylist == stylist)
