"""Press-room bookkeeping for a xylography (woodcut) studio.

Carved blocks wear a little with every pull.  After each print run the
studio retires blocks that are past their pull budget to the archive so
that the next edition is never printed from a worn block.
"""
from dataclasses import dataclass


@dataclass
class Block:
    title: str
    pulls: int
    budget: int

    @property
    def worn(self):
        return self.pulls >= self.budget


class PressRoom:
    def __init__(self, blocks):
        self.active = list(blocks)
        self.archive = []

    def print_run(self, copies):
        for block in self.active:
            block.pulls += copies

    def retire(self, block, reason):
        self.active.remove(block)
        self.archive.append((block.title, reason))

    def end_of_run_review(self):
        for block in self.active:
            if block.worn:
                self.retire(block, f"{block.pulls}/{block.budget} pulls")
        return [b.title for b in self.active]


def main():
    room = PressRoom([
        Block("heron in reeds", pulls=180, budget=200),
        Block("harbour lights", pulls=190, budget=200),
        Block("winter orchard", pulls=40, budget=250),
        Block("fox at dusk", pulls=230, budget=240),
        Block("night ferry", pulls=235, budget=240),
    ])
    room.print_run(copies=25)
    still_active = room.end_of_run_review()
    print(f"archived: {room.archive}")
    print(f"active:   {still_active}")

    worn_left = [b.title for b in room.active if b.worn]
    if worn_left:
        print(f"worn blocks kept for the next edition: {worn_left}")
        print("BUG SHOWN")
    else:
        print("press room ready")


if __name__ == "__main__":
    main()
