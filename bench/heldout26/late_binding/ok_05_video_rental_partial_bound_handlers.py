"""Video rental shop: command table for the counter terminal.

The terminal builds one handler per rental tier from the price list; each
handler charges the tier's price and logs the tier name.
"""
import functools
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Tier:
    name: str
    nightly: Decimal
    max_nights: int


PRICE_LIST = (
    Tier("new-release", Decimal("3.50"), 2),
    Tier("catalogue", Decimal("1.50"), 7),
    Tier("kids", Decimal("1.00"), 7),
)


class Till:
    def __init__(self):
        self.lines = []

    def charge(self, tier, title, nights):
        nights = min(nights, tier.max_nights)
        amount = tier.nightly * nights
        self.lines.append((tier.name, title, nights, amount))
        return amount


class CounterTerminal:
    def __init__(self, till, tiers):
        self.commands = {}
        for tier in tiers:
            self.commands[f"rent-{tier.name}"] = functools.partial(till.charge, tier)
        self.watchers = []
        for tier in tiers:
            def on_rent(title, tier=tier):
                return f"{title} -> {tier.name}"
            self.watchers.append(on_rent)

    def run(self, command, *args):
        return self.commands[command](*args)


def main():
    till = Till()
    terminal = CounterTerminal(till, PRICE_LIST)
    terminal.run("rent-new-release", "Riverbend", 3)
    terminal.run("rent-catalogue", "Summer of Tides", 2)
    terminal.run("rent-kids", "Umbrella Bear", 1)
    for line in till.lines:
        print(line)
    assert [l[3] for l in till.lines] == [Decimal("7.00"), Decimal("3.00"), Decimal("1.00")]
    assert [w("Vesper") for w in terminal.watchers] == [
        "Vesper -> new-release", "Vesper -> catalogue", "Vesper -> kids"]
    print("OK")


if __name__ == "__main__":
    main()
