from .errors import OverweightError, WeighbridgeError


class Truck:
    def __init__(self, truck_id, limit):
        self.truck_id = truck_id
        self.limit = limit

    def load(self, tonnes):
        if tonnes > self.limit:
            raise OverweightError(self.truck_id, tonnes - self.limit)
        return tonnes


def weigh_out(truck, tonnes, journal):
    """Load a truck and return the problem found, if any."""
    problem = None
    try:
        truck.load(tonnes)
    except OverweightError as problem:
        journal.append(f"reload {problem.truck_id}")
    except WeighbridgeError:
        journal.append("weighbridge offline")
    return problem
