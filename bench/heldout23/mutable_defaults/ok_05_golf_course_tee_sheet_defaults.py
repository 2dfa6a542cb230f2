"""Tee-sheet booking for a golf course pro shop.

Bookings carry a party of players, optional rentals and a scorecard that is
filled in hole by hole.  Pricing helpers build fee lines through a small
pipeline, similar to the one used by the shop's POS terminal.
"""
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Tuple

GREEN_FEES = {"weekday": 48, "weekend": 65, "twilight": 30}
RENTALS = {"cart": 20, "clubs": 35, "trolley": 8}


class Scorecard:
    def __init__(self) -> None:
        self.strokes: Dict[int, int] = {}

    def record(self, hole: int, strokes: int) -> None:
        self.strokes[hole] = strokes

    def total(self) -> int:
        return sum(self.strokes.values())


@dataclass
class TeeTime:
    slot: str
    rate: str
    players: List[str] = field(default_factory=list)
    rentals: Dict[str, int] = field(default_factory=dict)
    card: Scorecard = field(default_factory=Scorecard)


class CourseRules(NamedTuple):
    name: str
    holes: int = 18
    dress_code: Tuple[str, ...] = ("collared shirt", "soft spikes")


def fee_lines(tee: TeeTime, lines: Optional[List[Tuple[str, int]]] = None) -> List[Tuple[str, int]]:
    lines = [] if lines is None else list(lines)
    for player in tee.players:
        lines.append((f"green fee {player}", GREEN_FEES[tee.rate]))
    for item, qty in tee.rentals.items():
        lines.append((f"{item} x{qty}", RENTALS[item] * qty))
    return lines


def book(sheet: Dict[str, TeeTime], slot: str, rate: str, *players: str,
         rentals: Optional[Dict[str, int]] = None) -> TeeTime:
    tee = TeeTime(slot, rate, list(players), dict(rentals or {}))
    sheet[slot] = tee
    return tee


def main() -> None:
    rules = CourseRules("Glenmoor Links")
    sheet: Dict[str, TeeTime] = {}
    early = book(sheet, "07:10", "weekend", "Harper", "Iqbal", rentals={"cart": 1})
    late = book(sheet, "17:40", "twilight", "Morales")

    early.players.append("Wen")
    early.card.record(1, 5)
    early.card.record(2, 4)
    late.card.record(1, 3)

    early_fees = fee_lines(early)
    late_fees = fee_lines(late)
    assert sum(a for _, a in early_fees) == 65 * 3 + 20, early_fees
    assert late_fees == [("green fee Morales", 30)], late_fees
    assert late.players == ["Morales"] and late.rentals == {}
    assert early.card.total() == 9 and late.card.total() == 3
    assert CourseRules("Pitch & Putt", holes=9).dress_code == rules.dress_code
    print(f"{rules.name}: {len(sheet)} tee times, "
          f"{sum(len(t.players) for t in sheet.values())} players")
    print("OK")


if __name__ == "__main__":
    main()
