import random


class Track:
    def __init__(self, title, seconds):
        self.title = title
        self.seconds = seconds


class PlayQueue:
    REPEAT_MODES = ("off", "all", "one")

    def __init__(self, tracks):
        self.tracks = list(tracks)
        self.position = 0
        self.repeat = "off"

    def _next_mode(self, current):
        idx = REPEAT_MODES.index(current)
        return REPEAT_MODES[(idx + 1) % len(REPEAT_MODES)]

    def on_repeat_button(self):
        self.repeat = self._next_mode(self.repeat)
        return self.repeat

    def shuffle(self, seed):
        random.Random(seed).shuffle(self.tracks)

    def advance(self):
        if self.repeat == "one":
            return self.tracks[self.position]
        self.position += 1
        if self.position >= len(self.tracks):
            if self.repeat != "all":
                return None
            self.position = 0
        return self.tracks[self.position]


def main():
    queue = PlayQueue([Track("Intro", 65), Track("Drift", 240), Track("Coda", 180)])
    queue.shuffle(7)
    assert queue.advance() is not None
    try:
        queue.on_repeat_button()
    except NameError as exc:
        assert "REPEAT_MODES" in str(exc)
        assert queue.repeat == "off"
        print("BUG SHOWN")
        return
    raise AssertionError("repeat button worked")


if __name__ == "__main__":
    main()
