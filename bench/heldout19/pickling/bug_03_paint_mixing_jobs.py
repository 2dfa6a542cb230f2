"""Tint jobs for a paint mixing counter, serialised for the machine queue."""

import pickle


def tint_steps(formula):
    for pigment, drops in formula.items():
        yield pigment, drops


class TintMachine:
    def __init__(self, name, formula):
        self.name = name
        self.formula = formula
        self._steps = tint_steps(formula)

    def next_shot(self):
        return next(self._steps, None)


class Job:
    def __init__(self, ticket, litres, dispense):
        self.ticket = ticket
        self.litres = litres
        self.dispense = dispense


class MachineQueue:
    def __init__(self):
        self.wire = []

    def submit(self, job):
        self.wire.append(pickle.dumps(job))

    def __len__(self):
        return len(self.wire)


def main():
    machine = TintMachine("Dispenser 2", {"oxide red": 14, "lamp black": 3, "yellow": 6})
    queue = MachineQueue()
    job = Job("T-5521", 2.5, machine.next_shot)
    try:
        queue.submit(job)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        print("could not queue job:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print("queued", len(queue), "job(s)")


if __name__ == "__main__":
    main()
