"""Pricing rules for a salvage yard."""

SCRAP_RATES = {"copper": 5.2, "steel": 0.3, "aluminium": 1.1}


def make_rules(rates):
    """Build one pricing function per material."""
    return {material: (lambda kg: round(kg * rate, 2))
            for material, rate in rates.items()}


class Quote:
    def __init__(self, rules):
        self.rules = rules
        self.lines = []

    def add(self, material, kg):
        price = self.rules[material](kg)
        self.lines.append((material, kg, price))
        return price

    def total(self):
        return round(sum(p for _, _, p in self.lines), 2)


def main():
    quote = Quote(make_rules(SCRAP_RATES))
    copper = quote.add("copper", 10)
    quote.add("steel", 100)
    print("lines:", quote.lines, "total:", quote.total())
    if copper != 52.0:
        print("copper priced at the aluminium rate")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
