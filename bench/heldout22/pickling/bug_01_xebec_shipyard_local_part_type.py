"""Build-state checkpoints for a xebec shipyard.

The yard's planning tool describes each hull part family (planks, frames,
spars) with a record type generated from a field list, so new part families
can be added from the drawing office's spreadsheet.  At the end of each day
the build state is checkpointed with pickle so the next shift can resume.
"""
import pickle
from dataclasses import dataclass, field


def make_part_type(family, fields, unit="pcs"):
    """Create a small record class for a part family."""

    class Part:
        __slots__ = ("part_no",) + tuple(fields)
        FAMILY = family
        UNIT = unit

        def __init__(self, part_no, **values):
            self.part_no = part_no
            for name in fields:
                setattr(self, name, values.get(name))

        def __repr__(self):
            vals = ", ".join(f"{n}={getattr(self, n)!r}" for n in fields)
            return f"{family}[{self.part_no}]({vals})"

    return Part


PART_TYPES = {
    "plank": make_part_type("plank", ["timber", "length_m", "strake"]),
    "frame": make_part_type("frame", ["timber", "station"]),
    "spar": make_part_type("spar", ["timber", "length_m", "role"]),
}


@dataclass
class BuildState:
    hull: str
    day: int
    fitted: list = field(default_factory=list)
    waiting: list = field(default_factory=list)

    def fit(self, part):
        self.waiting.remove(part)
        self.fitted.append(part)


def checkpoint(state):
    return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)


def main():
    Plank, Frame, Spar = (PART_TYPES[k] for k in ("plank", "frame", "spar"))
    state = BuildState(hull="Xarxa", day=41)
    state.waiting = [
        Frame("F-07", timber="oak", station=7),
        Plank("P-112", timber="pine", length_m=6.4, strake=3),
        Spar("S-02", timber="spruce", length_m=14.0, role="lateen yard"),
    ]
    state.fit(state.waiting[0])
    print(f"day {state.day}: fitted {state.fitted}, waiting {len(state.waiting)}")
    try:
        blob = checkpoint(state)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print(f"checkpoint failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print(f"checkpoint written, {len(blob)} bytes")


if __name__ == "__main__":
    main()
