"""Igloo inventory: cold-store stock keeping for an ice-hotel supplier.

Nightly jobs prune melted blocks from the catalogue, discharge damaged
sledges from the fleet list and work through the carving queue, requeueing
blocks that need a second pass for the next round.
"""
from collections import deque
from dataclasses import dataclass


@dataclass
class Block:
    code: str
    temperature_c: float
    passes_needed: int = 1


class ColdStore:
    def __init__(self):
        self.blocks = {}
        self.discarded = []

    def add(self, block):
        self.blocks[block.code] = block

    def discard(self, code, reason):
        self.discarded.append((code, reason))
        del self.blocks[code]

    def prune_melted(self, limit_c=-2.0):
        for code in list(self.blocks):
            if self.blocks[code].temperature_c > limit_c:
                self.discard(code, "too warm")


def retire_damaged(sledges):
    sledges[:] = [s for s in sledges if not s.endswith("!")]
    return sledges


def carving_round(queue):
    carved = []
    for _ in range(len(queue)):
        block = queue.popleft()
        block.passes_needed -= 1
        carved.append(block.code)
        if block.passes_needed > 0:
            queue.append(block)
    return carved


def main():
    store = ColdStore()
    for code, temp, passes in [("I-1", -8.0, 1), ("I-2", -1.0, 1), ("I-3", 0.5, 2),
                               ("I-4", -6.5, 2), ("I-5", -1.5, 1)]:
        store.add(Block(code, temp, passes))
    store.prune_melted()

    sledges = retire_damaged(["S1", "S2!", "S3!", "S4"])
    queue = deque(store.blocks.values())
    first = carving_round(queue)
    second = carving_round(queue)

    print("kept:", sorted(store.blocks), "discarded:", store.discarded)
    print("sledges:", sledges)
    print("carving rounds:", first, second)

    assert sorted(store.blocks) == ["I-1", "I-4"]
    assert [code for code, _ in store.discarded] == ["I-2", "I-3", "I-5"]
    assert sledges == ["S1", "S4"]
    assert first == ["I-1", "I-4"] and second == ["I-4"] and not queue
    print("OK")


if __name__ == "__main__":
    main()
