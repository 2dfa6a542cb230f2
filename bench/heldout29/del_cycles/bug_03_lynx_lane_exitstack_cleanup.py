"""Lynx lane: bowling-lane sessions with a scoreboard feed.

A lane session acquires resources (the pin-setter, the overhead
scoreboard) and registers their cleanup on an ExitStack.  Sessions are
not always used in a ``with`` block, so __del__ unwinds the stack as a
safety net.
"""
import contextlib
import gc


class PinSetter:
    def __init__(self, lane):
        self.lane = lane
        self.running = False

    def start(self):
        self.running = True

    def stop(self):
        self.running = False


class Scoreboard:
    def __init__(self):
        self.published = []

    def publish(self, lane, frames):
        self.published.append((lane, sum(frames)))


BOARD = Scoreboard()


class LaneSession:
    def __init__(self, lane, bowler):
        self.lane = lane
        self.bowler = bowler
        self.frames = []
        self._cleanup = contextlib.ExitStack()
        self.pinsetter = PinSetter(lane)
        self.pinsetter.start()
        self._cleanup.callback(self.pinsetter.stop)
        self._cleanup.callback(self._publish_scores)

    def _publish_scores(self):
        BOARD.publish(self.lane, self.frames)

    def bowl(self, pins):
        self.frames.append(pins)

    def close(self):
        self._cleanup.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False

    def __del__(self):
        self._cleanup.close()


def quick_game(lane, bowler, rolls):
    session = LaneSession(lane, bowler)
    for pins in rolls:
        session.bowl(pins)
    return session.pinsetter


def main():
    gc.disable()
    try:
        with LaneSession(3, "Lola") as careful:
            careful.bowl(9)
            careful.bowl(10)
        setter = quick_game(4, "Leo", [7, 8, 10])
        published_before_gc = dict(BOARD.published)
        print(f"scoreboard before gc: {published_before_gc}")
        print(f"lane 4 pin-setter still running: {setter.running}")
        gc.collect()
        print(f"scoreboard after gc: {dict(BOARD.published)}")
    finally:
        gc.enable()
    if 4 not in published_before_gc and dict(BOARD.published).get(4) == 25:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
