EVICTED = []


class Cell:
    def __init__(self, ref, value=None):
        self.ref = ref
        self.value = value
        self.precedents = []
        self.dependents = []

    def depends_on(self, other):
        self.precedents.append(other)
        other.dependents.append(self)

    def __del__(self):
        EVICTED.append(self.ref)
