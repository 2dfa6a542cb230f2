"""Glass gallery: digital signage for a glass-art museum.

A slideshow leases a display panel and cycles through the gallery's pieces
with a generator-based cursor.  When the slideshow object is released its
finaliser returns the panel lease so another room can use the screen.
"""
import gc
import itertools

LEASES = {"panel-3": "free"}


class DisplayLease:
    def __init__(self, panel, holder):
        if LEASES[panel] != "free":
            raise RuntimeError(f"{panel} is already leased")
        LEASES[panel] = holder
        self.panel = panel

    def release(self):
        LEASES[self.panel] = "free"


class Slideshow:
    def __init__(self, room, pieces, panel):
        self.room = room
        self.pieces = list(pieces)
        self.lease = DisplayLease(panel, holder=room)
        self._cursor = self._walk()

    def _walk(self):
        for number in itertools.count(1):
            for piece in self.pieces:
                yield number, piece

    def next_slide(self):
        loop, piece = next(self._cursor)
        return f"[{self.room} loop {loop}] {piece}"

    def __del__(self):
        self.lease.release()


def play(room, pieces, panel, slides):
    show = Slideshow(room, pieces, panel)
    return [show.next_slide() for _ in range(slides)]


def main():
    gc.disable()
    try:
        for line in play("blown-glass hall", ["Cobalt Vessel", "Amber Chandelier"], "panel-3", 3):
            print(line)
        state_after = LEASES["panel-3"]
        print(f"panel-3 after the show was released: {state_after}")
        gc.collect()
        print(f"panel-3 after a full collection: {LEASES['panel-3']}")
    finally:
        gc.enable()
    if state_after != "free":
        print("the display panel stayed leased to a slideshow nobody references")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
