"""Glacier gauge: converts raw ablation-stake readings into display units.

Each gauge profile declares its raw scale and a table of unit converters as
class attributes; stations pick a profile and render their daily report.
"""
from dataclasses import dataclass, field


class GaugeProfile:
    """Base profile: raw counts are tenths of a millimetre."""

    SCALE = 0.1
    UNITS = ("mm", "cm", "in")
    CONVERTERS = {
        "mm": lambda raw: raw * SCALE,
        "cm": lambda raw: raw * SCALE / 10.0,
        "in": lambda raw: raw * SCALE / 25.4,
    }

    @classmethod
    def convert(cls, raw, unit):
        if unit not in cls.UNITS:
            raise ValueError(f"unsupported unit {unit!r}")
        return cls.CONVERTERS[unit](raw)


class MoraineProfile(GaugeProfile):
    UNITS = ("mm", "cm")


@dataclass
class GaugeStation:
    name: str
    profile: type
    unit: str
    readings: list = field(default_factory=list)

    def record(self, raw):
        self.readings.append(raw)

    def report(self):
        converted = [self.profile.convert(raw, self.unit) for raw in self.readings]
        total = sum(converted)
        return f"{self.name}: {len(converted)} readings, melt {total:.2f} {self.unit}"


def collect(stations, raw_by_station):
    for station in stations:
        for raw in raw_by_station.get(station.name, ()):
            station.record(raw)


def main():
    stations = [
        GaugeStation("stake-north", GaugeProfile, "cm"),
        GaugeStation("stake-moraine", MoraineProfile, "mm"),
    ]
    collect(stations, {"stake-north": [112, 98, 130], "stake-moraine": [45, 51]})
    try:
        lines = [station.report() for station in stations]
    except NameError as exc:
        print(f"report failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for line in lines:
        print(line)
    print("no failure")


if __name__ == "__main__":
    main()
