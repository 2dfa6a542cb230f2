"""Candle making batch planner with safe defaults."""
from dataclasses import dataclass, field


@dataclass
class Batch:
    scent: str
    wax_kg: float
    additives: list = field(default_factory=list)

    def add(self, additive):
        self.additives.append(additive)
        return self


def pour_plan(batch, moulds=None, notes=()):
    if moulds is None:
        moulds = []
    moulds = moulds + [f"{batch.scent}-{i}" for i in range(int(batch.wax_kg * 2))]
    return {"moulds": moulds, "notes": list(notes) + batch.additives}


class Workshop:
    def __init__(self, name, batches=None):
        self.name = name
        self.batches = list(batches) if batches is not None else []

    def start(self, scent, wax_kg):
        batch = Batch(scent, wax_kg)
        self.batches.append(batch)
        return batch


def main():
    a, b = Workshop("front"), Workshop("back")
    a.start("lavender", 1.0).add("dye")
    b.start("cedar", 1.5)
    assert a.batches[0].additives == ["dye"] and b.batches[0].additives == []
    p1 = pour_plan(a.batches[0])
    p2 = pour_plan(b.batches[0])
    assert p1["moulds"] == ["lavender-0", "lavender-1"]
    assert p2["moulds"] == ["cedar-0", "cedar-1", "cedar-2"] and p2["notes"] == []
    assert len(b.batches) == 1
    print(p1, p2)
    print("OK")


if __name__ == "__main__":
    main()
