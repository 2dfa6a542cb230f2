class Dock:
    def __init__(self, station_id, capacity, bikes, faulty_slots=0):
        self.station_id = station_id
        self.capacity = capacity
        self.bikes = bikes
        self.faulty_slots = faulty_slots
        self.network = None

    def usable_slots(self):
        return self.capacity - self.faulty_slots

    def rebalance(self, target_ratio):
        if self.usable_slots() <= 0:
            self.network.decommission(self.station_id, reason="no usable slots")
            return 0
        target = round(self.usable_slots() * target_ratio)
        moved = target - self.bikes
        self.bikes = target
        return moved


class BikeNetwork:
    def __init__(self):
        self.stations = {}
        self.retired = []
        self.van_log = []

    def add(self, dock):
        dock.network = self
        self.stations[dock.station_id] = dock

    def decommission(self, station_id, reason):
        dock = self.stations.pop(station_id)
        self.retired.append((dock.station_id, reason))

    def nightly_rebalance(self, target_ratio=0.5):
        for station_id, dock in self.stations.items():
            self.van_log.append((station_id, dock.rebalance(target_ratio)))


def main():
    net = BikeNetwork()
    net.add(Dock("S-Alexanderplatz", 30, 4))
    net.add(Dock("S-Ostkreuz", 12, 0, faulty_slots=12))
    net.add(Dock("U-Kottbusser", 20, 19))
    try:
        net.nightly_rebalance()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        assert "U-Kottbusser" not in [s for s, _ in net.van_log]
        print("BUG SHOWN")
        return
    raise AssertionError("rebalance completed")


if __name__ == "__main__":
    main()
