from .sync import synchronized


class WardFull(Exception):
    pass


class Ward:
    def __init__(self, name, beds, audit=None):
        self.name = name
        self.free_beds = beds
        self.occupants = set()
        self.audit = audit or (lambda event, patient: None)

    @synchronized
    def admit(self, patient):
        free = self.free_beds
        if free == 0:
            raise WardFull(self.name)
        self.audit("admit", patient)
        self.occupants.add(patient)
        self.free_beds = free - 1

    @synchronized
    def discharge(self, patient):
        free = self.free_beds
        self.audit("discharge", patient)
        self.occupants.discard(patient)
        self.free_beds = free + 1
