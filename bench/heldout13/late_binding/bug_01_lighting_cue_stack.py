class DimmerBoard:
    def __init__(self, channels):
        self.levels = {ch: 0 for ch in channels}

    def fade(self, channel, level):
        self.levels[channel] = level


class Cue:
    def __init__(self, number, label):
        self.number = number
        self.label = label
        self.actions = []

    def then(self, action):
        self.actions.append(action)
        return self

    def go(self):
        for action in self.actions:
            action()


class CueStack:
    def __init__(self, board):
        self.board = board
        self.cues = []
        self.position = 0

    def record(self, number, label, looks):
        cue = Cue(number, label)
        for channel, level in looks.items():
            cue.then(lambda: self.board.fade(channel, level))
        self.cues.append(cue)
        return cue

    def go(self):
        cue = self.cues[self.position]
        self.position += 1
        cue.go()
        return cue.label


def main():
    board = DimmerBoard(["front", "back", "cyc", "special"])
    stack = CueStack(board)
    stack.record(1, "preset", {"front": 40, "back": 20, "cyc": 80})
    stack.go()
    assert board.levels == {"front": 0, "back": 0, "cyc": 80, "special": 0}, board.levels
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
