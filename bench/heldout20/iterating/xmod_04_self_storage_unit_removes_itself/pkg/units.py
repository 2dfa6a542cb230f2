class Unit:
    def __init__(self, number, tenant, months_overdue=0):
        self.number = number
        self.tenant = tenant
        self.months_overdue = months_overdue
        self.facility = None

    def __hash__(self):
        return hash(self.number)

    def __eq__(self, other):
        return isinstance(other, Unit) and other.number == self.number

    def vacate(self):
        self.tenant = None
        if self.facility is not None:
            self.facility.occupied.discard(self)
            self.facility.free.append(self.number)
