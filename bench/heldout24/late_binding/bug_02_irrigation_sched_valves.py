"""Irrigation controller for a market garden.

Zones are watered one after another so the pump is never asked to feed two
zones at once.  The controller uses sched.scheduler with an injectable
clock so the same code drives the real valves and the simulator.
"""
import sched
from dataclasses import dataclass


class SimulatedClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


@dataclass
class Zone:
    name: str
    minutes: int
    litres_per_minute: float


class ValveBank:
    def __init__(self, clock):
        self.clock = clock
        self.events = []

    def open(self, zone):
        self.events.append((self.clock.time(), "open", zone.name))

    def close(self, zone):
        self.events.append((self.clock.time(), "close", zone.name))


class IrrigationProgram:
    def __init__(self, zones, valves, clock, gap_seconds=30):
        self.zones = zones
        self.valves = valves
        self.gap = gap_seconds
        self.scheduler = sched.scheduler(clock.time, clock.sleep)

    def plan(self, start_in=0):
        offset = start_in
        for zone in self.zones:
            run = zone.minutes * 60
            self.scheduler.enter(offset, 1, lambda: self.valves.open(zone))
            self.scheduler.enter(offset + run, 0, lambda: self.valves.close(zone))
            offset += run + self.gap
        return offset

    def run(self):
        self.scheduler.run()

    def expected_litres(self):
        return sum(z.minutes * z.litres_per_minute for z in self.zones)


def main():
    clock = SimulatedClock()
    valves = ValveBank(clock)
    zones = [
        Zone("herb beds", 6, 4.0),
        Zone("leeks", 10, 9.5),
        Zone("polytunnel", 8, 6.0),
    ]
    program = IrrigationProgram(zones, valves, clock)
    total = program.plan(start_in=60)
    program.run()
    for at, action, name in valves.events:
        print(f"t+{int(at):>5}s {action:<5} {name}")
    opened = [name for _, action, name in valves.events if action == "open"]
    print(f"program length {total}s, planned {program.expected_litres():.0f} litres")
    if opened != [z.name for z in zones]:
        print(f"valves opened in order {opened}")
        print("BUG SHOWN")
    else:
        print("all zones watered")


if __name__ == "__main__":
    main()
