"""Costume hire returns: overdue sweeps and rail clean-ups."""

from collections import defaultdict


class Costume:
    def __init__(self, rail, code, days_out):
        self.rail = rail
        self.code = code
        self.days_out = days_out
        rail.items.append(self)

    def returned(self):
        self.rail.items.remove(self)
        self.rail.returned.append(self.code)


class Rail:
    def __init__(self):
        self.items = []
        self.returned = []


class Shop:
    def __init__(self):
        self.loans = {}
        self.fines = defaultdict(int)
        self.sizes = {"S": set(), "M": set()}

    def lend(self, code, customer, days_out):
        self.loans[code] = (customer, days_out)

    def charge_overdue(self, limit):
        overdue = [code for code, (_, days) in self.loans.items() if days > limit]
        for code in overdue:
            customer, days = self.loans.pop(code)
            self.fines[customer] += (days - limit) * 2
        return overdue

    def report(self, customers):
        return {c: self.fines.get(c, 0) for c in customers}


def main():
    shop = Shop()
    shop.lend("pirate-3", "Kit", 9)
    shop.lend("witch-1", "Lou", 2)
    shop.lend("knight-7", "Kit", 12)
    assert shop.charge_overdue(7) == ["pirate-3", "knight-7"]
    assert shop.report(["Kit", "Lou"]) == {"Kit": 14, "Lou": 0}
    assert "Lou" not in shop.fines
    rail = Rail()
    for code, days in [("elf-1", 1), ("elf-2", 4), ("elf-3", 5), ("ghost-1", 2)]:
        Costume(rail, code, days)
    for costume in list(rail.items):
        if costume.days_out >= 2:
            costume.returned()
    assert rail.returned == ["elf-2", "elf-3", "ghost-1"], rail.returned
    assert [c.code for c in rail.items] == ["elf-1"]
    shop.sizes["S"].update({"elf-1", "elf-2"})
    shop.sizes["S"] = {c for c in shop.sizes["S"] if c != "elf-2"}
    print(rail.returned, dict(shop.fines))
    print("OK")


if __name__ == "__main__":
    main()
