"""Lantern lighthouse maintenance records.

Each lighthouse keeps a maintenance record as an immutable NamedTuple,
with a list of service events appended by the field crews' app.
"""
from datetime import date
from typing import List, NamedTuple


class ServiceEvent(NamedTuple):
    day: date
    crew: str
    task: str


class LanternRecord(NamedTuple):
    station: str
    lamp_watts: int
    range_nm: float
    history: List[ServiceEvent] = []

    def with_service(self, day, crew, task):
        self.history.append(ServiceEvent(day, crew, task))
        return self

    def last_service(self):
        return max(self.history, key=lambda event: event.day, default=None)


def commission(station, lamp_watts, range_nm):
    return LanternRecord(station, lamp_watts, range_nm)


class Registry:
    def __init__(self):
        self._records = {}

    def commission(self, station, lamp_watts, range_nm):
        record = commission(station, lamp_watts, range_nm)
        self._records[station] = record
        return record

    def service(self, station, day, crew, task):
        self._records[station] = self._records[station].with_service(day, crew, task)

    def due_for_inspection(self, today, max_days=180):
        due = []
        for station, record in self._records.items():
            last = record.last_service()
            if last is None or (today - last.day).days > max_days:
                due.append(station)
        return due


def main():
    registry = Registry()
    registry.commission("Lizard Point", 1000, 26.0)
    registry.commission("Longships", 400, 15.0)
    registry.service("Lizard Point", date(2024, 5, 2), "crew-L", "lens cleaned")
    registry.service("Lizard Point", date(2024, 9, 14), "crew-L", "bulb replaced")

    due = registry.due_for_inspection(today=date(2024, 10, 1))
    print(f"due for inspection: {due}")
    longships = registry._records["Longships"]
    print(f"Longships history: {[event.task for event in longships.history]}")
    if "Longships" not in due:
        print("never-serviced Longships is reported as recently serviced")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
