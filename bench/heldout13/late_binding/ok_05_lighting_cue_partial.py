from functools import partial


class DimmerBoard:
    def __init__(self, channels):
        self.levels = {ch: 0 for ch in channels}

    def fade(self, channel, level):
        self.levels[channel] = level


class Cue:
    def __init__(self, number):
        self.number = number
        self.actions = []

    def go(self):
        for action in self.actions:
            action()


class CueStack:
    def __init__(self, board):
        self.board = board
        self.cues = []

    def record(self, number, looks, blackout=()):
        cue = Cue(number)
        for channel, level in looks.items():
            cue.actions.append(partial(self.board.fade, channel, level))
        for channel in blackout:
            cue.actions.append(lambda channel=channel: self.board.fade(channel, 0))
        self.cues.append(cue)
        return cue


def main():
    board = DimmerBoard(["front", "back", "cyc", "special"])
    stack = CueStack(board)
    stack.record(1, {"front": 40, "back": 20, "cyc": 80}).go()
    assert board.levels == {"front": 40, "back": 20, "cyc": 80, "special": 0}
    stack.record(2, {"special": 100}, blackout=("front", "back")).go()
    assert board.levels == {"front": 0, "back": 0, "cyc": 80, "special": 100}
    print("OK")


if __name__ == "__main__":
    main()
