"""Mini golf scorecards that flush to the clubhouse printer when discarded."""
import gc

gc.disable()

PRINTED = []


class Hole:
    def __init__(self, number, par):
        self.number = number
        self.par = par


class Scorecard:
    def __init__(self, player, holes):
        self.player = player
        self.holes = holes
        self.strokes = {}
        self.hooks = {}
        self._install_default_hooks()

    def _install_default_hooks(self):
        self.hooks["putt"] = self._record
        self.hooks["reset"] = self.strokes.clear

    def _record(self, hole, strokes):
        self.strokes[hole.number] = strokes

    def putt(self, hole, strokes):
        self.hooks["putt"](hole, strokes)

    def total(self):
        return sum(self.strokes.values())

    def __del__(self):
        PRINTED.append((self.player, self.total()))


def play_round(player, results):
    holes = [Hole(i + 1, 2 + i % 2) for i in range(len(results))]
    card = Scorecard(player, holes)
    for hole, strokes in zip(holes, results):
        card.putt(hole, strokes)
    return card


def main():
    card = play_round("Jo", [2, 3, 1, 4])
    print("Jo scored", card.total())
    del card
    if not PRINTED:
        print("scorecard never printed after the round")
        print("BUG SHOWN")
    else:
        print("printed:", PRINTED)


if __name__ == "__main__":
    main()
