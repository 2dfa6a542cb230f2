"""Marathon timing: chip mats at checkpoints feed split times into a results board."""

CHECKPOINTS = ("5k", "10k", "half", "30k", "finish")


class ResultsBoard:
    def __init__(self):
        self.splits = {}

    def record(self, bib, checkpoint, seconds):
        self.splits.setdefault(bib, {})[checkpoint] = seconds

    def split(self, bib, checkpoint):
        return self.splits.get(bib, {}).get(checkpoint)


class TimingSystem:
    def __init__(self, board):
        self.board = board
        self.mat_handlers = {
            mat_id: (lambda bib, seconds: self.board.record(bib, checkpoint, seconds))
            for mat_id, checkpoint in enumerate(CHECKPOINTS)
        }

    def chip_read(self, mat_id, bib, seconds):
        handler = self.mat_handlers.get(mat_id)
        if handler is None:
            raise KeyError(f"unknown mat {mat_id}")
        handler(bib, seconds)


def format_time(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}"


def main():
    board = ResultsBoard()
    system = TimingSystem(board)
    reads = [(0, 101, 1190), (1, 101, 2410), (2, 101, 5150), (4, 101, 10540)]
    for mat_id, bib, seconds in reads:
        system.chip_read(mat_id, bib, seconds)
    print({cp: format_time(t) for cp, t in board.splits[101].items()})
    if board.split(101, "5k") != 1190:
        print("5k split missing; reads were filed under", sorted(board.splits[101]))
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
