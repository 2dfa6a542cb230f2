"""Firing schedule for a pottery studio's gas kiln."""

import gc

gc.disable()

GAS_VALVES_OPEN = set()


class Piece:
    def __init__(self, name, clay, cone):
        self.name = name
        self.clay = clay
        self.cone = cone
        self.kiln = None

    def shelf(self):
        return self.kiln.shelves.index(self) if self.kiln else None


class Kiln:
    """A gas kiln; the valve is shut when the kiln object is released."""

    def __init__(self, name, max_cone):
        self.name = name
        self.max_cone = max_cone
        self.shelves = []
        GAS_VALVES_OPEN.add(name)

    def load(self, piece):
        if piece.cone > self.max_cone:
            raise ValueError(f"{piece.name} needs cone {piece.cone}")
        piece.kiln = self
        self.shelves.append(piece)

    def schedule(self):
        top = max(p.cone for p in self.shelves)
        return [("candle", 90), ("ramp", 200), (f"cone {top}", 30)]

    def __del__(self):
        GAS_VALVES_OPEN.discard(self.name)


def fire_batch(name, pieces):
    kiln = Kiln(name, max_cone=10)
    for piece in pieces:
        kiln.load(piece)
    return kiln.schedule()


def main():
    print("test plan:", fire_batch("test kiln", [Piece("cone pack", "none", 6)]))
    pieces = [
        Piece("jug", "stoneware", 10),
        Piece("bowl", "porcelain", 10),
        Piece("mug", "earthenware", 6),
    ]
    kiln = Kiln("back kiln", max_cone=10)
    for piece in pieces:
        kiln.load(piece)
    print("schedule:", kiln.schedule())
    print("bowl on shelf", pieces[1].shelf())
    del kiln, pieces
    print("valves still open:", sorted(GAS_VALVES_OPEN))
    if "back kiln" in GAS_VALVES_OPEN:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
