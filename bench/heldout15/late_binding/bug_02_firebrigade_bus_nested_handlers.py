"""Alarm routing for a county fire brigade."""

from collections import defaultdict


class AlarmBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, district, handler):
        self._handlers[district].append(handler)

    def raise_alarm(self, district, address, severity):
        return [h(address, severity) for h in self._handlers[district]]


class Station:
    def __init__(self, name, appliances):
        self.name = name
        self.appliances = appliances
        self.turnouts = []

    def turn_out(self, address, pumps):
        sent = min(pumps, self.appliances)
        self.turnouts.append((address, sent))
        return f"{self.name} sends {sent} pump(s) to {address}"


class Control:
    def __init__(self, bus):
        self.bus = bus
        self.stations = {}

    def add_station(self, district, station):
        self.stations[district] = station

    def wire_up(self):
        for district, station in self.stations.items():
            def dispatch(address, severity):
                pumps = 1 if severity < 3 else 2
                return station.turn_out(address, pumps)
            self.bus.on(district, dispatch)


def main():
    bus = AlarmBus()
    control = Control(bus)
    hillside = Station("Hillside", appliances=1)
    harbour = Station("Harbour", appliances=3)
    moor = Station("Moorgate", appliances=2)
    control.add_station("hill", hillside)
    control.add_station("harbour", harbour)
    control.add_station("moor", moor)
    control.wire_up()

    print(bus.raise_alarm("hill", "4 Crag Lane", severity=2))
    print(bus.raise_alarm("harbour", "Quay Warehouse", severity=4))
    if not hillside.turnouts or not harbour.turnouts:
        print("turnouts:", {s.name: s.turnouts for s in (hillside, harbour, moor)})
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
