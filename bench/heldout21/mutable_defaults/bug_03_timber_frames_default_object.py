"""Timber frame workshop: cutting lists with an offcut bin."""


class OffcutBin:
    """Collects leftover lengths so they can be reused later."""

    def __init__(self):
        self.pieces = []

    def keep(self, length):
        if length >= 150:
            self.pieces.append(length)

    def usable(self, needed):
        return [p for p in self.pieces if p >= needed]


STOCK_LENGTH = 4800


def cut_member(length, offcuts):
    remaining = STOCK_LENGTH - length
    offcuts.keep(remaining)
    return remaining


class CuttingList:
    def __init__(self, frame, members, offcuts=OffcutBin()):
        self.frame = frame
        self.members = members
        self.offcuts = offcuts

    def run(self):
        for name, length in self.members:
            cut_member(length, self.offcuts)
        return self.offcuts.pieces


def main():
    barn = CuttingList("barn", [("post", 3000), ("beam", 4200)])
    barn.run()
    porch = CuttingList("porch", [("rafter", 2400)])
    pieces = porch.run()
    print("porch offcuts:", pieces)
    if pieces != [2400]:
        print("the porch list is holding offcuts from the barn job")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
