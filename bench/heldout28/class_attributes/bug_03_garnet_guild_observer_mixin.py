"""Garnet guild: membership and workshop events for a jewellers' guild.

Domain objects mix in a small observer helper so that the guild office can
react to events: a member's promotion triggers a certificate, a workshop's
kiln firing is logged for the safety officer.
"""
import datetime


class ObservableMixin:
    _observers = []

    def subscribe(self, callback):
        self._observers.append(callback)
        return callback

    def emit(self, event, **payload):
        for callback in list(self._observers):
            callback(self, event, payload)


class Member(ObservableMixin):
    RANKS = ("apprentice", "journeyman", "master")

    def __init__(self, name, rank="apprentice"):
        self.name = name
        self.rank = rank

    def promote(self):
        index = self.RANKS.index(self.rank)
        if index + 1 < len(self.RANKS):
            self.rank = self.RANKS[index + 1]
            self.emit("promoted", rank=self.rank)


class Workshop(ObservableMixin):
    def __init__(self, bench):
        self.bench = bench
        self.firings = 0

    def fire_kiln(self, temperature_c):
        self.firings += 1
        self.emit("kiln_fired", temperature_c=temperature_c)


class CertificateOffice:
    def __init__(self):
        self.issued = []

    def watch(self, member):
        member.subscribe(self.on_member_event)

    def on_member_event(self, source, event, payload):
        self.issued.append((getattr(source, "name", type(source).__name__), event,
                            payload, datetime.date(2024, 3, 1).isoformat()))


def main():
    office = CertificateOffice()
    garnet_smith = Member("Greta", rank="journeyman")
    office.watch(garnet_smith)

    bench = Workshop("bench-7")
    bench.fire_kiln(temperature_c=760)
    garnet_smith.promote()

    for row in office.issued:
        print("certificate job:", row)

    stray = [row for row in office.issued if row[1] != "promoted"]
    if stray:
        print(f"the certificate office received {len(stray)} workshop event(s)")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
