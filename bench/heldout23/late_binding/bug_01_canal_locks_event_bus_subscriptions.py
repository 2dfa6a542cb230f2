"""Lock-keeper automation for a flight of canal locks.

Boats report their position over a small event bus.  When a boat arrives at
a chamber's lower gate, that chamber must be emptied and its lower gate
opened; the keeper's panel subscribes one handler per chamber at start-up.
"""
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, DefaultDict, Dict, List


class EventBus:
    def __init__(self) -> None:
        self._subscribers: DefaultDict[str, List[Callable[[dict], None]]] = defaultdict(list)

    def subscribe(self, topic: str, handler: Callable[[dict], None]) -> None:
        self._subscribers[topic].append(handler)

    def publish(self, topic: str, payload: dict) -> int:
        handlers = self._subscribers.get(topic, [])
        for handler in handlers:
            handler(payload)
        return len(handlers)


@dataclass
class Chamber:
    number: int
    rise_m: float
    water: str = "high"
    lower_gate: str = "closed"
    upper_gate: str = "closed"


class LockFlight:
    def __init__(self, chambers: List[Chamber]):
        self.chambers = {c.number: c for c in chambers}
        self.actions: List[str] = []

    def prepare_for_ascent(self, chamber: Chamber, boat: str) -> None:
        if chamber.water == "high":
            chamber.upper_gate = "closed"
            chamber.water = "low"
            self.actions.append(f"drain chamber {chamber.number} ({chamber.rise_m} m)")
        chamber.lower_gate = "open"
        self.actions.append(f"open lower gate {chamber.number} for {boat}")


class KeeperPanel:
    def __init__(self, bus: EventBus, flight: LockFlight):
        self.bus = bus
        self.flight = flight

    def wire_up(self) -> None:
        for number, chamber in self.flight.chambers.items():
            self.bus.subscribe(
                f"arrival/lower/{number}",
                lambda event: self.flight.prepare_for_ascent(chamber, event["boat"]),
            )


def main() -> None:
    flight = LockFlight([Chamber(1, 2.1), Chamber(2, 1.8), Chamber(3, 2.4)])
    bus = EventBus()
    KeeperPanel(bus, flight).wire_up()

    bus.publish("arrival/lower/1", {"boat": "nb Kingfisher"})
    for action in flight.actions:
        print(action)

    state: Dict[int, str] = {n: c.lower_gate for n, c in flight.chambers.items()}
    print(f"lower gates: {state}")
    if state[1] != "open" or state[3] == "open":
        print("boat waiting at chamber 1 while chamber 3 was drained and opened")
        print("BUG SHOWN")
        return
    print("flight operated correctly")


if __name__ == "__main__":
    main()
