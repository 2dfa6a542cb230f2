"""Block designer for a quilting guild's pattern library."""

import gc

gc.disable()

CHECKED_OUT = {}


class PatternLibrary:
    def checkout(self, pattern, member):
        CHECKED_OUT[pattern] = member

    def give_back(self, pattern):
        CHECKED_OUT.pop(pattern, None)


LIBRARY = PatternLibrary()


class BlockDesign:
    """An editable quilt block; keeps fabric yardage in step with edits."""

    def __init__(self, pattern, member, size_in):
        self.pattern = pattern
        self.size_in = size_in
        self.patches = []
        self.fabric_sq_in = {}
        self._listeners = []
        LIBRARY.checkout(pattern, member)
        self.subscribe(self._recompute_fabric)

    def subscribe(self, callback):
        self._listeners.append(callback)

    def _changed(self):
        for callback in self._listeners:
            callback()

    def add_patch(self, fabric, width_in, height_in):
        self.patches.append((fabric, width_in, height_in))
        self._changed()

    def _recompute_fabric(self):
        totals = {}
        for fabric, w, h in self.patches:
            totals[fabric] = totals.get(fabric, 0) + (w + 0.5) * (h + 0.5)
        self.fabric_sq_in = totals

    def __del__(self):
        LIBRARY.give_back(self.pattern)


def design_session(member):
    block = BlockDesign("Ohio Star", member, size_in=12)
    block.add_patch("indigo", 4, 4)
    block.add_patch("cream", 4, 4)
    block.add_patch("indigo", 4, 4)
    fabric = dict(block.fabric_sq_in)
    del block
    return fabric


def main():
    fabric = design_session("Maud")
    print("fabric needed:", fabric)
    print("patterns checked out:", CHECKED_OUT)
    if "Ohio Star" in CHECKED_OUT:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
