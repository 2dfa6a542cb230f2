"""Firing programme dispatch for a shared ceramics kiln."""

STAGES = ("bisque", "glaze", "raku")
PEAK_TEMPS = {"bisque": 1000, "glaze": 1240, "raku": 950}


class Piece:
    def __init__(self, maker, title, stage):
        self.maker = maker
        self.title = title
        self.stage = stage
        self.fired_at = None


def fire(piece, stage):
    piece.fired_at = PEAK_TEMPS[stage]
    return f"{piece.title} fired ({stage}) at {piece.fired_at}C"


class KilnQueue:
    def __init__(self):
        self._pending = []
        self._programmes = {
            stage: (lambda piece: fire(piece, stage)) for stage in STAGES
        }

    def submit(self, piece):
        if piece.stage not in self._programmes:
            raise ValueError(piece.stage)
        self._pending.append(piece)

    def run(self):
        log = []
        while self._pending:
            piece = self._pending.pop(0)
            log.append(self._programmes[piece.stage](piece))
        return log


def main():
    queue = KilnQueue()
    pieces = [
        Piece("Nell", "tea bowl", "bisque"),
        Piece("Omar", "vase", "glaze"),
        Piece("Pia", "lidded jar", "raku"),
    ]
    for piece in pieces:
        queue.submit(piece)
    for line in queue.run():
        print(line)
    wrong = [p.title for p in pieces if p.fired_at != PEAK_TEMPS[p.stage]]
    print("wrong temperature:", wrong)
    if wrong:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
