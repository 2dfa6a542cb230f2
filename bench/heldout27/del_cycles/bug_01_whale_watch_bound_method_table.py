"""Whale watch: sighting logs on a whale-watching tour boat.

Each tour opens the boat's hydrophone channel for its duration; the channel is
a scarce resource (the boat has two) and is handed back when the tour's log
object goes away.  Sightings are dispatched by kind to the log's handlers.
"""
import gc


class Hydrophone:
    channels_free = 2

    def __init__(self, boat):
        if Hydrophone.channels_free == 0:
            raise RuntimeError(f"{boat}: no hydrophone channel free")
        Hydrophone.channels_free -= 1
        self.boat = boat
        self.closed = False

    def close(self):
        if not self.closed:
            self.closed = True
            Hydrophone.channels_free += 1


class SightingLog:
    def __init__(self, boat, tour):
        self.boat = boat
        self.tour = tour
        self.entries = []
        self.channel = Hydrophone(boat)
        self._handlers = {
            "breach": self._on_breach,
            "fluke": self._on_fluke,
            "song": self._on_song,
        }

    def report(self, kind, species, bearing):
        handler = self._handlers.get(kind, self._on_other)
        handler(species, bearing)

    def _on_breach(self, species, bearing):
        self.entries.append(f"{species} breaching at {bearing} deg")

    def _on_fluke(self, species, bearing):
        self.entries.append(f"{species} fluke-up dive at {bearing} deg")

    def _on_song(self, species, bearing):
        self.entries.append(f"{species} song on hydrophone ({self.boat})")

    def _on_other(self, species, bearing):
        self.entries.append(f"{species} seen at {bearing} deg")

    def __del__(self):
        self.channel.close()


def run_tour(boat, tour, sightings):
    log = SightingLog(boat, tour)
    for kind, species, bearing in sightings:
        log.report(kind, species, bearing)
    return len(log.entries), log.channel


def main():
    gc.disable()
    try:
        count, channel = run_tour("Sea Lark", "morning", [
            ("breach", "humpback", 40), ("song", "humpback", 40), ("spout", "fin whale", 310),
        ])
        print(f"morning tour logged {count} sightings")
        released = channel.closed
        print(f"channel released when tour ended: {released}; free channels: {Hydrophone.channels_free}")
        gc.collect()
        print(f"after a collector pass: released={channel.closed}")
    finally:
        gc.enable()
    if not released:
        print("BUG SHOWN")
    else:
        print("channel released promptly")


if __name__ == "__main__":
    main()
