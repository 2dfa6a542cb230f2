"""Jester jamboree: stage-act runner for a street festival.

Each act holds a booking of the stage's sound desk; the booking is
released in __del__ so a dropped act frees the desk for the next one.
Acts pick the cue handler for their style when they are created.
"""
import gc

SOUND_DESK = {"booked_by": None}
RELEASED = []


class StageAct:
    def __init__(self, performer, style):
        if SOUND_DESK["booked_by"] is not None:
            raise RuntimeError(f"sound desk busy with {SOUND_DESK['booked_by']}")
        SOUND_DESK["booked_by"] = performer
        self.performer = performer
        self.style = style
        self.cues = []
        self.on_cue = {"juggling": self._juggle_cue,
                       "comedy": self._laugh_cue}.get(style, self._default_cue)

    def _juggle_cue(self, beat):
        self.cues.append(f"drum roll @{beat}")

    def _laugh_cue(self, beat):
        self.cues.append(f"rimshot @{beat}")

    def _default_cue(self, beat):
        self.cues.append(f"spotlight @{beat}")

    def perform(self, beats):
        for beat in beats:
            self.on_cue(beat)
        return len(self.cues)

    def __del__(self):
        performer = getattr(self, "performer", None)
        if performer is None:
            return
        if SOUND_DESK["booked_by"] == performer:
            SOUND_DESK["booked_by"] = None
        RELEASED.append(performer)


def run_slot(performer, style):
    act = StageAct(performer, style)
    return act.perform([4, 8, 12])


def main():
    gc.disable()
    try:
        cues = run_slot("Jolly Jax", "juggling")
        print(f"first act ran {cues} cues")
        desk_released = "Jolly Jax" in RELEASED
        print(f"sound desk after the act: {SOUND_DESK['booked_by']!r}")
        try:
            run_slot("Juno the Jester", "comedy")
            second_ran = True
        except RuntimeError as exc:
            print(f"next act refused: {exc}")
            second_ran = False
        gc.collect()
        print(f"released after gc.collect(): {RELEASED}")
    finally:
        gc.enable()
    if not desk_released and not second_ran and "Jolly Jax" in RELEASED:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
