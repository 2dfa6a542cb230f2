"""Dental clinic scheduler: orders appointments by procedure priority."""

from datetime import time


class Appointment:
    def __init__(self, patient, procedure, start):
        self.patient = patient
        self.procedure = procedure
        self.start = start

    def __repr__(self):
        return f"Appointment({self.patient!r}, {self.procedure!r})"


class ChairSchedule:
    """Per-chair schedule; emergencies go first, then by start time."""

    PRIORITY = {"emergency": 0, "extraction": 1, "filling": 2, "cleaning": 3}
    DEFAULT_PRIORITY = 9

    sort_key = staticmethod(
        lambda appt: (PRIORITY.get(appt.procedure, DEFAULT_PRIORITY), appt.start)
    )

    def __init__(self, chair):
        self.chair = chair
        self.appointments = []

    def book(self, appointment):
        self.appointments.append(appointment)

    def ordered(self):
        return sorted(self.appointments, key=self.sort_key)


class Clinic:
    def __init__(self, chairs):
        self.chairs = {c: ChairSchedule(c) for c in chairs}

    def book(self, chair, appointment):
        self.chairs[chair].book(appointment)

    def day_sheet(self):
        return {c: s.ordered() for c, s in self.chairs.items()}


def main():
    clinic = Clinic(["A", "B"])
    clinic.book("A", Appointment("Ines", "cleaning", time(9, 0)))
    clinic.book("A", Appointment("Tom", "emergency", time(11, 30)))
    clinic.book("B", Appointment("Ravi", "filling", time(10, 0)))
    try:
        sheet = clinic.day_sheet()
    except NameError as exc:
        print(f"day sheet failed: {exc}")
        print("BUG SHOWN")
        return
    print(sheet)
    print("OK")


if __name__ == "__main__":
    main()
