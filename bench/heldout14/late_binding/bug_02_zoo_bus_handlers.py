"""Zoo feeding rota: keepers subscribe enclosure feeders to a clock bus."""

from collections import defaultdict


class ClockBus:
    def __init__(self):
        self._subscribers = defaultdict(list)

    def subscribe(self, hour, handler):
        self._subscribers[hour].append(handler)

    def tick(self, hour):
        return [handler(hour) for handler in self._subscribers.get(hour, [])]


class Enclosure:
    def __init__(self, name, diet, portions):
        self.name = name
        self.diet = diet
        self.portions = portions
        self.fed_at = []


class FeedingRota:
    def __init__(self, bus):
        self.bus = bus
        self.log = []

    def schedule(self, enclosures, hour):
        for enclosure in enclosures:
            def feed(now):
                enclosure.fed_at.append(now)
                entry = f"{now:02d}:00 {enclosure.name} <- {enclosure.portions} x {enclosure.diet}"
                self.log.append(entry)
                return enclosure.name
            self.bus.subscribe(hour, feed)


def main():
    bus = ClockBus()
    rota = FeedingRota(bus)
    enclosures = [
        Enclosure("penguins", "herring", 40),
        Enclosure("otters", "trout", 12),
        Enclosure("lions", "beef", 4),
    ]
    rota.schedule(enclosures, 9)
    fed = bus.tick(9)
    for line in rota.log:
        print(line)
    hungry = [e.name for e in enclosures if not e.fed_at]
    if hungry:
        print("never fed:", hungry, "- fed instead:", fed)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
