"""Kite festival safety rules: line-length limits per flying zone."""

ZONE_LIMITS_M = {"beach": 60, "meadow": 45, "family": 25}


class RuleBook:
    def __init__(self):
        self.rules = {}

    def rule(self, zone):
        def register(func):
            self.rules[zone] = func
            func.zone = zone
            return func
        return register

    def check(self, zone, kite):
        return self.rules[zone](kite)


class Kite:
    def __init__(self, owner, line_m, kind):
        self.owner = owner
        self.line_m = line_m
        self.kind = kind


def build_rulebook():
    book = RuleBook()
    for zone, limit in ZONE_LIMITS_M.items():
        @book.rule(zone)
        def within_limit(kite):
            return kite.line_m <= limit
    return book


class Marshal:
    def __init__(self, book):
        self.book = book
        self.refused = []

    def admit(self, zone, kite):
        if self.book.check(zone, kite):
            return True
        self.refused.append((zone, kite.owner))
        return False


def main():
    marshal = Marshal(build_rulebook())
    entries = [
        ("beach", Kite("Aiko", 55, "delta")),
        ("meadow", Kite("Bram", 40, "box")),
        ("family", Kite("Cleo", 20, "diamond")),
    ]
    admitted = [kite.owner for zone, kite in entries if marshal.admit(zone, kite)]
    print("admitted:", admitted)
    print("refused:", marshal.refused)
    if marshal.refused:
        print("kites within their zone limit were refused")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
