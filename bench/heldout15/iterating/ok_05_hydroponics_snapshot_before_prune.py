"""Nutrient tray controller for a hydroponics farm."""

from collections import defaultdict


class Tray:
    def __init__(self, tray_id, crop, ec, days_planted):
        self.tray_id = tray_id
        self.crop = crop
        self.ec = ec
        self.days_planted = days_planted
        self.rack = None

    def harvest(self):
        if self.rack is not None:
            self.rack.trays.remove(self)
            self.rack.harvested.append(self.tray_id)
            self.rack = None


class Rack:
    HARVEST_DAYS = {"lettuce": 35, "basil": 28, "chard": 50}

    def __init__(self, name):
        self.name = name
        self.trays = []
        self.harvested = []
        self.dosing = {}
        self.alerts = defaultdict(list)

    def place(self, tray):
        tray.rack = self
        self.trays.append(tray)
        self.dosing[tray.tray_id] = 0.0

    def harvest_ready(self):
        for tray in list(self.trays):
            if tray.days_planted >= self.HARVEST_DAYS[tray.crop]:
                tray.harvest()
        for tray_id in [t for t in self.dosing if t in self.harvested]:
            del self.dosing[tray_id]
        return len(self.trays)

    def check_ec(self, low=1.2, high=2.4):
        for tray in self.trays:
            if not low <= tray.ec <= high:
                self.alerts[tray.tray_id].append(tray.ec)
        return {k: v for k, v in self.alerts.items() if v}


def main():
    rack = Rack("R1")
    for tray in (
        Tray("A1", "lettuce", 1.6, 36),
        Tray("A2", "lettuce", 1.5, 40),
        Tray("B1", "basil", 2.9, 10),
        Tray("C1", "chard", 1.1, 51),
    ):
        rack.place(tray)
    left = rack.harvest_ready()
    alerts = rack.check_ec()
    print("harvested:", rack.harvested, "left:", left, "alerts:", alerts)
    assert rack.harvested == ["A1", "A2", "C1"]
    assert [t.tray_id for t in rack.trays] == ["B1"]
    assert list(rack.dosing) == ["B1"]
    assert alerts == {"B1": [2.9]}
    print("OK")


if __name__ == "__main__":
    main()
