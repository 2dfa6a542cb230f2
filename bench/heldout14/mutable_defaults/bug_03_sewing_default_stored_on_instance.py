"""Sewing pattern library: patterns made of pieces, with grading to sizes."""


class Piece:
    def __init__(self, name, width_cm, height_cm, cut=1):
        self.name = name
        self.width_cm = width_cm
        self.height_cm = height_cm
        self.cut = cut

    def area(self):
        return self.width_cm * self.height_cm * self.cut

    def graded(self, factor):
        return Piece(self.name, self.width_cm * factor, self.height_cm * factor, self.cut)


class Pattern:
    def __init__(self, name, size="M", pieces=[], notions=None):
        self.name = name
        self.size = size
        self.pieces = pieces
        self.notions = notions or {}

    def add_piece(self, piece):
        self.pieces.append(piece)
        return self

    def fabric_needed_cm2(self):
        return sum(p.area() for p in self.pieces)

    def grade(self, size, factor):
        graded = Pattern(f"{self.name}", size=size)
        for piece in self.pieces:
            graded.add_piece(piece.graded(factor))
        return graded


class PatternBook:
    def __init__(self):
        self.patterns = {}

    def new(self, name):
        pattern = Pattern(name)
        self.patterns[name] = pattern
        return pattern

    def summary(self):
        return {n: [pc.name for pc in p.pieces] for n, p in self.patterns.items()}


def main():
    book = PatternBook()
    skirt = book.new("a-line skirt")
    skirt.add_piece(Piece("front", 40, 60)).add_piece(Piece("back", 40, 60))
    bag = book.new("tote bag")
    bag.add_piece(Piece("panel", 35, 40, cut=2)).add_piece(Piece("strap", 5, 60, cut=2))
    summary = book.summary()
    print(summary)
    if summary["tote bag"] != ["panel", "strap"]:
        print("tote bag holds pieces of other patterns")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
