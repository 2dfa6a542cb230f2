"""Chimney sweep job tracker with an observer mixin."""


class ObservableMixin:
    _listeners = []

    def subscribe(self, fn):
        self._listeners.append(fn)

    def emit(self, event, **data):
        for fn in self._listeners:
            fn(event, data)


class Job(ObservableMixin):
    def __init__(self, address, flues):
        self.address = address
        self.flues = flues
        self.done = 0

    def sweep_flue(self):
        self.done += 1
        self.emit("flue_swept", address=self.address, done=self.done)
        if self.done == self.flues:
            self.emit("job_complete", address=self.address)


class Invoicer:
    def __init__(self, address):
        self.address = address
        self.seen = []

    def __call__(self, event, data):
        self.seen.append((event, data["address"]))


def main():
    mill_lane = Job("3 Mill Lane", 1)
    church_st = Job("12 Church St", 2)
    mill_invoicer = Invoicer(mill_lane.address)
    church_invoicer = Invoicer(church_st.address)
    mill_lane.subscribe(mill_invoicer)
    church_st.subscribe(church_invoicer)
    mill_lane.sweep_flue()
    foreign = [a for _, a in mill_invoicer.seen if a != mill_invoicer.address]
    print("mill invoicer saw:", mill_invoicer.seen)
    print("church invoicer saw:", church_invoicer.seen)
    if church_invoicer.seen or foreign:
        print("invoices raised for the wrong house")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
