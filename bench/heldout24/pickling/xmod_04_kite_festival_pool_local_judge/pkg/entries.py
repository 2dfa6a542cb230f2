"""Competition entries as recorded by the flight-line marshals."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    pilot: str
    kite: str
    category: str
    figures: tuple
    line_touches: int = 0


def festival_entries():
    return [
        Entry("Hana Ito", "Hayabusa", "dual-line", (8.5, 7.0, 9.0)),
        Entry("Isak Lund", "Ice Fox", "quad-line", (7.5, 8.0, 8.0), 1),
        Entry("Jo Kerr", "Jumping Jack", "dual-line", (6.0, 7.5, 7.0)),
        Entry("Kemi Lawal", "Kingfisher", "quad-line", (9.0, 9.5, 8.5)),
        Entry("Luca Herz", "Lantern", "dual-line", (8.0, 8.0, 7.5), 2),
    ]
