"""Pattern planner for a quilting studio.

A quilt is laid out block by block; each quilt keeps its own block list,
fabric palette and cutting notes so that two quilts started from the same
template never share state.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Block:
    name: str
    fabrics: List[str] = field(default_factory=list)
    size_in: float = 12.0


@dataclass
class Quilt:
    title: str
    blocks: List[Block] = field(default_factory=list)
    yardage: Dict[str, float] = field(default_factory=dict)

    def add_block(self, block):
        self.blocks.append(block)
        area = (block.size_in / 36.0) ** 2
        for fabric in block.fabrics:
            self.yardage[fabric] = round(self.yardage.get(fabric, 0.0) + area, 4)


class CuttingPlan:
    def __init__(self, quilt, notes=None, palette=()):
        self.quilt = quilt
        self.notes = list(notes) if notes is not None else []
        self.palette = set(palette)

    def note(self, text):
        self.notes.append(text)

    def unused_fabrics(self):
        return sorted(self.palette - set(self.quilt.yardage))


def cut_list(quilt, extra: Optional[Dict[str, float]] = None):
    totals = dict(quilt.yardage)
    for fabric, amount in (extra or {}).items():
        totals[fabric] = totals.get(fabric, 0.0) + amount
    return totals


def main():
    log_cabin = Quilt("Log cabin")
    log_cabin.add_block(Block("centre", ["red", "cream"]))
    log_cabin.add_block(Block("border", ["navy"], size_in=6.0))

    star = Quilt("Ohio star")
    star.add_block(Block("star", ["gold"]))

    plan_a = CuttingPlan(log_cabin, palette=("red", "cream", "navy", "sage"))
    plan_b = CuttingPlan(star)
    plan_a.note("pre-wash the red")

    assert [b.name for b in star.blocks] == ["star"]
    assert set(star.yardage) == {"gold"}
    assert set(log_cabin.yardage) == {"red", "cream", "navy"}
    assert plan_b.notes == [] and plan_a.notes == ["pre-wash the red"]
    assert plan_a.unused_fabrics() == ["sage"]
    assert Block("plain").fabrics == [] and Block("plain").fabrics is not Block("x").fabrics

    with_binding = cut_list(star, {"navy": 0.5})
    assert "navy" not in star.yardage and with_binding["navy"] == 0.5
    assert cut_list(star) == star.yardage

    print("quilts:", log_cabin.title, "and", star.title, "planned independently")
    print("OK")


if __name__ == "__main__":
    main()
