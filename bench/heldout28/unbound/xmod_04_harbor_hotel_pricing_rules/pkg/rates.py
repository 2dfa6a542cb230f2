"""Rate card: base prices and the pricing rules applied on top of them."""
from dataclasses import dataclass

BASE_RATES = {"harbour-view": 180.0, "courtyard": 120.0, "suite": 320.0}


@dataclass(frozen=True)
class PricingRule:
    season: str
    room_types: frozenset
    multiplier: float

    def matches(self, season, room_type):
        return season == self.season and (not self.room_types or room_type in self.room_types)


RULES = (
    PricingRule("peak", frozenset({"harbour-view", "suite"}), 1.6),
    PricingRule("peak", frozenset(), 1.3),
    PricingRule("off", frozenset(), 0.8),
)


def nightly_rate(room_type, season, rules=RULES):
    base = BASE_RATES[room_type]
    for rule in rules:
        if rule.matches(season, room_type):
            multiplier = rule.multiplier
            break
    return round(base * multiplier, 2)
