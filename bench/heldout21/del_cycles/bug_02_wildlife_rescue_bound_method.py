"""Wildlife rescue intake: each enclosure reports releases to a callback."""
import gc

gc.disable()

CLEANED = []


class Enclosure:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.animals = []
        self.on_release = None

    def admit(self, animal):
        if len(self.animals) >= self.capacity:
            raise OverflowError(self.name)
        self.animals.append(animal)

    def release(self, animal):
        self.animals.remove(animal)
        if self.on_release:
            self.on_release(animal)

    def __del__(self):
        CLEANED.append(self.name)


class HedgehogPen(Enclosure):
    def __init__(self, name):
        super().__init__(name, capacity=6)
        self.released = []
        self.on_release = self._log_release

    def _log_release(self, animal):
        self.released.append(animal)


def run_week():
    pen = HedgehogPen("Pen 3")
    for h in ("Spike", "Bramble", "Conker"):
        pen.admit(h)
    pen.release("Bramble")
    return pen


def main():
    pen = run_week()
    print("released this week:", pen.released)
    del pen
    if "Pen 3" not in CLEANED:
        print("the pen was never cleaned down after it was dropped")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
