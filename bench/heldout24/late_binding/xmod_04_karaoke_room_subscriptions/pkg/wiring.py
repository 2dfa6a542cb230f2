"""Connect each room's song queue to the player and remote-control events."""


def wire_rooms(bus, rooms):
    unsubscribe = []
    for room in rooms:
        unsubscribe.append(
            bus.subscribe(f"track-ended:{room.name}", lambda event: room.play_next()))
        unsubscribe.append(
            bus.subscribe(f"skip:{room.name}",
                          lambda event: room.play_next(reason=f"skipped by {event['by']}")))
    return unsubscribe
