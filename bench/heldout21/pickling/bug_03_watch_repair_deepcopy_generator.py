"""Watch repair bench: repair jobs step through a service checklist."""
import copy

CHECKLIST = ["open case", "remove movement", "clean", "oil", "regulate", "close case"]


def steps_for(model):
    for step in CHECKLIST:
        if step == "regulate" and model.endswith("quartz"):
            continue
        yield step


class RepairJob:
    def __init__(self, ticket, model, owner):
        self.ticket = ticket
        self.model = model
        self.owner = owner
        self.done = []
        self._steps = steps_for(model)

    def advance(self):
        step = next(self._steps, None)
        if step is not None:
            self.done.append(step)
        return step


class Bench:
    def __init__(self):
        self.jobs = {}

    def book_in(self, job):
        self.jobs[job.ticket] = job

    def estimate_copy(self, ticket):
        """Give the front desk an independent copy to quote from."""
        return copy.deepcopy(self.jobs[ticket])


def main():
    bench = Bench()
    job = RepairJob("W-88", "1962 Omega automatic", "Mrs Hughes")
    bench.book_in(job)
    job.advance()
    job.advance()
    try:
        quote = bench.estimate_copy("W-88")
    except TypeError as exc:
        print("front desk copy failed:", exc)
        print("BUG SHOWN")
        return
    print(quote.done)
    print("OK")


if __name__ == "__main__":
    main()
