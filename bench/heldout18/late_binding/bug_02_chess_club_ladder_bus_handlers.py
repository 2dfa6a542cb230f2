"""Chess club ladder that reacts to results posted on an event bus."""

from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, topic, handler):
        self._handlers[topic].append(handler)

    def publish(self, topic, payload):
        for handler in self._handlers[topic]:
            handler(payload)


class Ladder:
    def __init__(self, names):
        self.order = list(names)
        self.alerts = defaultdict(list)

    def position(self, name):
        return self.order.index(name)

    def record(self, winner, loser):
        w, l = self.position(winner), self.position(loser)
        if w > l:
            self.order.insert(l, self.order.pop(w))


def wire_alerts(bus, ladder):
    """Each player gets an alert when a result involves them."""
    for player in ladder.order:
        def alert(result):
            if player in result:
                ladder.alerts[player].append(f"{result[0]} beat {result[1]}")
        bus.on("result", alert)
    bus.on("result", lambda result: ladder.record(*result))


def main():
    ladder = Ladder(["Anya", "Bo", "Cyril", "Dee"])
    bus = EventBus()
    wire_alerts(bus, ladder)
    bus.publish("result", ("Cyril", "Anya"))
    bus.publish("result", ("Bo", "Dee"))
    print("ladder:", ladder.order)
    print("alerts:", dict(ladder.alerts))
    if "Anya" not in ladder.alerts and len(ladder.alerts.get("Dee", [])) > 1:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
