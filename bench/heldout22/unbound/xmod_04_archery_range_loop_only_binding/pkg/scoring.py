"""Turn scorecards into summaries for the leaderboard."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    archer: str
    ends_shot: int
    total: int
    golds: int
    best_end: int


def summarize(card):
    total = golds = best = 0
    for ends_shot, end in enumerate(card.ends, start=1):
        end_total = sum(end)
        total += end_total
        golds += sum(1 for arrow in end if arrow >= 9)
        best = max(best, end_total)
    return Summary(card.archer, ends_shot, total, golds, best)


def leaderboard(cards):
    summaries = [summarize(card) for card in cards]
    return sorted(summaries, key=lambda s: (-s.total, -s.golds, s.archer))
