"""Lost property ledgers for railway stations."""
from datetime import date


class Ledger:
    def __init__(self, station, items={}):
        self.station = station
        self.items = items

    def log(self, ref, description, found_on):
        self.items[ref] = {"what": description, "date": found_on, "station": self.station}

    def claim(self, ref):
        return self.items.pop(ref, None)

    def unclaimed(self):
        return sorted(self.items)


class Network:
    def __init__(self, stations):
        self.ledgers = {name: Ledger(name) for name in stations}

    def report(self, station, ref, description):
        self.ledgers[station].log(ref, description, date(2024, 3, 1))

    def summary(self):
        return {name: ledger.unclaimed() for name, ledger in self.ledgers.items()}


def main():
    net = Network(["York", "Leeds"])
    net.report("York", "Y-001", "umbrella")
    net.report("Leeds", "L-001", "violin")
    summary = net.summary()
    print(summary)
    if summary["York"] != ["Y-001"]:
        print("York ledger lists Leeds items")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
