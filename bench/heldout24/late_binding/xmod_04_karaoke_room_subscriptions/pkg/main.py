"""Friday night: three rooms, a few requests, the players report track ends."""
from .bus import EventBus
from .rooms import Room
from .wiring import wire_rooms


def main():
    bus = EventBus()
    rooms = [Room("Harmony", 6), Room("Jukebox", 10), Room("Lullaby", 4)]
    wire_rooms(bus, rooms)
    by_name = {room.name: room for room in rooms}
    by_name["Harmony"].request("Ines", "Islands in the Stream")
    by_name["Harmony"].request("Kaito", "Hotel California")
    by_name["Jukebox"].request("Lena", "Jolene")
    by_name["Lullaby"].request("Hugo", "Killing Me Softly")

    bus.publish("track-ended:Harmony")
    bus.publish("track-ended:Jukebox")
    bus.publish("skip:Harmony", by="staff")

    for room in rooms:
        print(room.status())
    harmony = by_name["Harmony"]
    if harmony.now_playing != ("Kaito", "Hotel California") or by_name["Jukebox"].now_playing is None:
        print("track events advanced the wrong room")
        print("BUG SHOWN")
    else:
        print(f"queues in step ({bus.delivered} events)")


if __name__ == "__main__":
    main()
