"""Ring management for a championship dog show."""


class ObservableMixin:
    """Lets an object announce events to subscribed callbacks."""

    _subscribers = []

    def subscribe(self, callback):
        self._subscribers.append(callback)
        return callback

    def announce(self, event, **details):
        for callback in self._subscribers:
            callback(self, event, details)


class Ring(ObservableMixin):
    def __init__(self, number, group):
        self.number = number
        self.group = group
        self.entries = []
        self.placings = []

    def enter(self, dog, breed):
        self.entries.append((dog, breed))
        self.announce("entered", dog=dog)

    def judge(self, scores):
        ranked = sorted(self.entries, key=lambda e: -scores[e[0]])
        self.placings = [dog for dog, _ in ranked[:3]]
        self.announce("placed", placings=self.placings)
        return self.placings


class Catalogue:
    def __init__(self, ring):
        self.ring_number = ring.number
        self.lines = []
        ring.subscribe(self.on_event)

    def on_event(self, ring, event, details):
        self.lines.append((ring.number, event, details.get("dog") or details.get("placings")))


def main():
    gundogs = Ring(1, "Gundog")
    terriers = Ring(2, "Terrier")
    gundog_book = Catalogue(gundogs)
    terrier_book = Catalogue(terriers)

    gundogs.enter("Bramble", "Labrador")
    gundogs.enter("Juniper", "Pointer")
    terriers.enter("Scamp", "Border Terrier")
    gundogs.judge({"Bramble": 88, "Juniper": 91})

    print("gundog catalogue:", gundog_book.lines)
    print("terrier catalogue:", terrier_book.lines)
    foreign = [line for line in terrier_book.lines if line[0] != terriers.number]
    if foreign:
        print("terrier catalogue received", len(foreign), "events from other rings")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
