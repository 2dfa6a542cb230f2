"""A single gantry crane."""


class Crane:
    def __init__(self, number, rated_t):
        self.number = number
        self.rated_t = rated_t
        self.lifted_t = 0.0
        self.parked = True
        self._listeners = []

    def when_parked(self, callback):
        self._listeners.append(callback)

    def lift(self, tonnes):
        if tonnes > self.rated_t:
            raise ValueError(f"crane {self.number}: {tonnes} t over rating")
        self.parked = False
        self.lifted_t += tonnes

    def park(self):
        self.parked = True
        for callback in self._listeners:
            callback(self)

    def __repr__(self):
        return f"Crane({self.number})"
