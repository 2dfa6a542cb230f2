"""Wheat windmill: intake of grain sacks at a working tower mill.

Sacks arrive from farms, are probed for moisture, and damp sacks are sent back
to the drying floor before the miller grinds the rest.
"""
from dataclasses import dataclass, field

MAX_MOISTURE = 14.5


@dataclass(eq=False)
class Sack:
    farm: str
    kg: float
    moisture: float


class MoistureProbe:
    def __init__(self, limit=MAX_MOISTURE):
        self.limit = limit
        self.probed = 0

    def too_damp(self, sack):
        self.probed += 1
        return sack.moisture > self.limit


@dataclass
class Intake:
    probe: MoistureProbe
    sacks: list = field(default_factory=list)
    drying_floor: list = field(default_factory=list)

    def receive(self, *sacks):
        self.sacks.extend(sacks)

    def send_back_damp(self):
        for sack in self.sacks:
            if self.probe.too_damp(sack):
                self.sacks.remove(sack)
                self.drying_floor.append(sack)

    def grind(self):
        flour = sum(s.kg for s in self.sacks) * 0.75
        return round(flour, 1)


def main():
    intake = Intake(MoistureProbe())
    intake.receive(
        Sack("Elm Farm", 50, 13.9),
        Sack("Low Barton", 50, 16.2),
        Sack("Low Barton", 50, 15.8),
        Sack("Mill Lane", 45, 12.7),
        Sack("Ridgeway", 50, 17.1),
    )
    intake.send_back_damp()
    print(f"probed {intake.probe.probed} of 5 sacks")
    print(f"to drying floor: {[s.farm for s in intake.drying_floor]}")
    print(f"flour: {intake.grind()} kg")
    damp_left = [s.farm for s in intake.sacks if s.moisture > MAX_MOISTURE]
    if damp_left:
        print(f"damp sacks went to the millstones: {damp_left}")
        print("BUG SHOWN")
    else:
        print("intake clean")


if __name__ == "__main__":
    main()
