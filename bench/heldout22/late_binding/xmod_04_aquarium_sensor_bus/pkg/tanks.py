"""Tanks and the wiring of their temperature probes to the bus."""
from dataclasses import dataclass, field


@dataclass
class Tank:
    name: str
    target_c: float
    tolerance_c: float
    readings: list = field(default_factory=list)
    alarms: list = field(default_factory=list)

    def record(self, celsius):
        self.readings.append(celsius)
        if abs(celsius - self.target_c) > self.tolerance_c:
            self.alarms.append(celsius)


def wire_probes(bus, tanks):
    for tank in tanks:
        @bus.on(f"probe.{tank.name}.temperature")
        def on_temperature(payload):
            tank.record(payload["celsius"])
    return bus.topics()
