"""Annealing oven tracker for a glassblowing studio."""


class Piece:
    def __init__(self, name, thickness_mm, loaded_at_min):
        self.name = name
        self.thickness_mm = thickness_mm
        self.loaded_at_min = loaded_at_min

    def anneal_minutes(self):
        return 30 + 12 * self.thickness_mm


class Lehr:
    """An annealing oven holding pieces until they have cooled enough."""

    def __init__(self, name):
        self.name = name
        self.pieces = {}
        self.finished = []
        self.clock_min = 0

    def load(self, piece):
        self.pieces[piece.name] = piece

    def _retire(self, name):
        piece = self.pieces.pop(name)
        self.finished.append((name, self.clock_min))
        return piece

    def _is_ready(self, piece):
        return self.clock_min - piece.loaded_at_min >= piece.anneal_minutes()

    def tick(self, minutes):
        self.clock_min += minutes
        for name, piece in self.pieces.items():
            if self._is_ready(piece):
                self._retire(name)
        return len(self.pieces)


def main():
    lehr = Lehr("north lehr")
    lehr.load(Piece("bowl", 4, loaded_at_min=0))
    lehr.load(Piece("vase", 6, loaded_at_min=0))
    lehr.load(Piece("paperweight", 12, loaded_at_min=0))
    try:
        for _ in range(6):
            lehr.tick(30)
    except RuntimeError as exc:
        print("oven tick failed at minute", lehr.clock_min, "-", exc)
        print("finished so far:", lehr.finished)
        print("BUG SHOWN")
        return
    print("finished:", lehr.finished)
    print("OK")


if __name__ == "__main__":
    main()
