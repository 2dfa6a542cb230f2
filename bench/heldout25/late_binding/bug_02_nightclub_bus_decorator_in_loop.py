"""Door and occupancy control for a nightclub with several rooms.

Door scanners publish `entered:<room>` and `left:<room>` events on an
event bus; per-room handlers keep occupancy up to date so that security
can close a room when it reaches its fire-safety limit.
"""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, topic):
        def register(handler):
            self._handlers[topic].append(handler)
            return handler

        return register

    def emit(self, topic, **payload):
        return [handler(**payload) for handler in self._handlers[topic]]


class Room:
    def __init__(self, name, limit):
        self.name = name
        self.limit = limit
        self.inside = set()

    @property
    def full(self):
        return len(self.inside) >= self.limit


def install_door_handlers(bus, rooms):
    for room in rooms:

        @bus.on(f"entered:{room.name}")
        def admit(guest):
            if room.full:
                return f"{guest} turned away from {room.name}"
            room.inside.add(guest)
            return f"{guest} admitted to {room.name}"

        @bus.on(f"left:{room.name}")
        def release(guest):
            room.inside.discard(guest)
            return f"{guest} left {room.name}"


def main():
    rooms = [Room("main floor", 300), Room("basement", 80), Room("terrace", 40)]
    bus = EventBus()
    install_door_handlers(bus, rooms)

    for guest in ("Mara", "Nils", "Odette"):
        print(*bus.emit("entered:main floor", guest=guest))
    print(*bus.emit("entered:basement", guest="Pavel"))
    print(*bus.emit("left:main floor", guest="Nils"))

    occupancy = {room.name: sorted(room.inside) for room in rooms}
    print("occupancy:", occupancy)
    if occupancy["main floor"] != ["Mara", "Odette"] or occupancy["basement"] != ["Pavel"]:
        print("door events were booked against the wrong room")
        print("BUG SHOWN")
    else:
        print("occupancy is correct")


if __name__ == "__main__":
    main()
