"""The port authority issues quay leases to terminal operators."""


class PortAuthority:
    def __init__(self, quays):
        self.free_quays = list(quays)
        self.leases = {}

    def grant(self, operator):
        if not self.free_quays:
            raise RuntimeError(f"no quay available for {operator}")
        quay = self.free_quays.pop(0)
        self.leases[quay] = operator
        return quay

    def surrender(self, quay):
        self.leases.pop(quay, None)
        self.free_quays.append(quay)
