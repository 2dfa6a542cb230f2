"""Batch tracking for a yarn mill's dye house.

Every batch of fibre carries a dye log that records which dye baths it went
through, so that a colour lot can be reproduced later.  The dye house tool
creates batches from the spinning schedule and feeds them through baths.
"""
from dataclasses import dataclass, field
from datetime import date


class DyeLog:
    """Append-only record of the baths a batch went through."""

    def __init__(self):
        self.entries = []

    def record(self, bath, minutes, temp_c):
        self.entries.append({"bath": bath, "minutes": minutes, "temp_c": temp_c})

    def baths(self):
        return [e["bath"] for e in self.entries]

    def __len__(self):
        return len(self.entries)

    def __repr__(self):
        return f"DyeLog({self.baths()})"


@dataclass
class Batch:
    lot: str
    fiber: str
    weight_kg: float
    spun_on: date = field(default_factory=date.today)
    dye_log: DyeLog = DyeLog()

    def colour_lot(self):
        return f"{self.lot}:{'+'.join(self.dye_log.baths()) or 'undyed'}"


@dataclass
class DyeBath:
    name: str
    temp_c: int
    minutes: int

    def run(self, batch):
        batch.dye_log.record(self.name, self.minutes, self.temp_c)
        return batch


def schedule_from_spinning(rows):
    return [Batch(lot=lot, fiber=fiber, weight_kg=kg) for lot, fiber, kg in rows]


def main():
    batches = schedule_from_spinning([
        ("L-101", "merino", 40.0),
        ("L-102", "alpaca", 25.0),
        ("L-103", "cotton", 60.0),
    ])
    indigo = DyeBath("indigo", temp_c=50, minutes=30)
    madder = DyeBath("madder", temp_c=80, minutes=45)

    indigo.run(batches[0])
    madder.run(batches[1])

    for batch in batches:
        print(f"{batch.lot} {batch.fiber:<7} -> {batch.colour_lot()}")

    undyed = batches[2]
    if len(undyed.dye_log) != 0 or batches[0].dye_log.baths() != ["indigo"]:
        print(f"{undyed.lot} was never dyed but its log says {undyed.dye_log!r}")
        print("BUG SHOWN")
    else:
        print("dye logs are per batch")


if __name__ == "__main__":
    main()
