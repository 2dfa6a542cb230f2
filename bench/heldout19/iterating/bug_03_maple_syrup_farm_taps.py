"""Sap-line taps on a maple syrup farm; dry taps retire themselves."""


class Tap:
    def __init__(self, tree_id, line, litres_today):
        self.tree_id = tree_id
        self.line = line
        self.litres_today = litres_today

    def __hash__(self):
        return hash(self.tree_id)

    def __eq__(self, other):
        return isinstance(other, Tap) and other.tree_id == self.tree_id

    def inspect(self):
        if self.litres_today < 0.5:
            self.retire()
            return 0.0
        return self.litres_today

    def retire(self):
        self.line.detach(self)


class SapLine:
    def __init__(self, name):
        self.name = name
        self.active = set()
        self.retired = []

    def attach(self, tree_id, litres):
        self.active.add(Tap(tree_id, self, litres))

    def detach(self, tap):
        self.active.discard(tap)
        self.retired.append(tap.tree_id)

    def daily_round(self):
        return sum(tap.inspect() for tap in self.active)


def main():
    line = SapLine("East slope")
    for tree_id, litres in [(101, 4.2), (102, 0.1), (103, 3.8), (104, 0.0)]:
        line.attach(tree_id, litres)
    try:
        total = line.daily_round()
    except RuntimeError as exc:
        print("daily round crashed:", exc)
        print("BUG SHOWN")
        return
    print("collected", total)


if __name__ == "__main__":
    main()
