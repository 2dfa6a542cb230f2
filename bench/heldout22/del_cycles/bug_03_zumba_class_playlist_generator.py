"""Sound system booking for a zumba class studio.

Each class grabs one of the studio's amplifier channels for its playlist and
gives the channel back when the playlist object is discarded.  A playlist
cycles through its tracks, warm-up first, using a generator that remembers
its position between songs.
"""
import gc
import itertools


class Amplifier:
    def __init__(self, channels):
        self.channels = {c: None for c in channels}

    def claim(self, owner):
        for channel, holder in self.channels.items():
            if holder is None:
                self.channels[channel] = owner
                return channel
        raise RuntimeError("no free channel")

    def free(self, channel):
        self.channels[channel] = None

    def busy(self):
        return {c: h for c, h in self.channels.items() if h is not None}


class Playlist:
    def __init__(self, amplifier, instructor, tracks, warmup):
        self.amplifier = amplifier
        self.instructor = instructor
        self.tracks = list(tracks)
        self.warmup = warmup
        self.channel = amplifier.claim(instructor)
        self._queue = self._rotation()

    def _rotation(self):
        yield self.warmup
        for track in itertools.cycle(self.tracks):
            yield track

    def next_track(self):
        return next(self._queue)

    def __del__(self):
        self.amplifier.free(self.channel)


def teach_class(amplifier, instructor, songs):
    playlist = Playlist(amplifier, instructor,
                        ["Cumbia Sol", "Merengue Rush", "Reggaeton Cooldown"],
                        warmup="Salsa Warmup")
    return [playlist.next_track() for _ in range(songs)]


def main():
    gc.disable()
    amp = Amplifier(["ch-1", "ch-2"])
    played = teach_class(amp, "Zoe", songs=5)
    print(f"Zoe's class played: {played}")
    busy_after_class = amp.busy()
    print(f"channels busy after class: {busy_after_class}")

    gc.collect()
    gc.enable()
    print(f"channels busy after a full collection: {amp.busy()}")
    if busy_after_class:
        print("the next class found the channel still claimed")
        print("BUG SHOWN")
    else:
        print("channel freed promptly")


if __name__ == "__main__":
    main()
