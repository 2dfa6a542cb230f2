from .audit import AuditMixin


class Ticket(AuditMixin):
    def __init__(self, ref, customer):
        self.ref = ref
        self.customer = customer
        self.status = "received"
        self.note("received", customer)

    def advance(self, status):
        self.status = status
        self.note(status, self.ref)


class RingResize(Ticket):
    def __init__(self, ref, customer, from_size, to_size):
        super().__init__(ref, customer)
        self.sizes = (from_size, to_size)
        self.note("measured", f"{from_size}->{to_size}")


class ClaspRepair(Ticket):
    def __init__(self, ref, customer, metal):
        super().__init__(ref, customer)
        self.metal = metal
        self.note("assessed", metal)
