"""Volunteer roster for a community festival.

Each kind of shift is declared as a subclass; the base class gives every
subclass its own registry of shifts and every shift its own sign-up list.
"""


class ShiftFull(Exception):
    pass


class Shift:
    skills = ()
    slots = 2

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry = {}

    def __init__(self, label):
        self.label = label
        self.volunteers = []
        type(self).registry[label] = self

    def sign_up(self, name):
        if len(self.volunteers) >= self.slots:
            raise ShiftFull(self.label)
        self.volunteers = self.volunteers + [name]
        return self


class StewardShift(Shift):
    skills = ("first aid",)
    slots = 3


class StallShift(Shift):
    skills = ("cash handling",)


class Coordinator:
    def __init__(self):
        self.waitlist = []

    def place(self, shift, names):
        for name in names:
            try:
                shift.sign_up(name)
            except ShiftFull:
                self.waitlist.append((shift.label, name))


def main():
    gate = StewardShift("Gate A, Saturday")
    raffle = StallShift("Raffle stall")
    cakes = StallShift("Cake stall")
    coordinator = Coordinator()
    coordinator.place(gate, ["Rhiannon", "Stefan"])
    coordinator.place(raffle, ["Tomasz", "Ulla", "Viktor"])
    coordinator.place(cakes, ["Rosa"])

    assert gate.volunteers == ["Rhiannon", "Stefan"]
    assert raffle.volunteers == ["Tomasz", "Ulla"]
    assert cakes.volunteers == ["Rosa"]
    assert coordinator.waitlist == [("Raffle stall", "Viktor")]
    assert sorted(StallShift.registry) == ["Cake stall", "Raffle stall"]
    assert list(StewardShift.registry) == ["Gate A, Saturday"]
    assert not hasattr(Shift, "registry")
    for shift in (gate, raffle, cakes):
        print(f"{shift.label:17s} {shift.volunteers}")
    print("OK")


if __name__ == "__main__":
    main()
