from dataclasses import dataclass, field


@dataclass
class Sensor:
    name: str
    field_id: str
    unit: str
    readings: list = field(default_factory=list)

    def record(self, value):
        self.readings.append(value)
        return f"{self.field_id}/{self.name}={value}{self.unit}"
