import gc
import weakref


class Interlocking:
    def __init__(self):
        self.reserved = {}
        self.released = []

    def reserve(self, block, train_id):
        if block in self.reserved:
            raise RuntimeError(f"block {block} occupied by {self.reserved[block]}")
        self.reserved[block] = train_id

    def release(self, block):
        self.released.append(self.reserved.pop(block))


class Wagon:
    def __init__(self, number, tonnes):
        self.number = number
        self.tonnes = tonnes
        self._train = None

    @property
    def train(self):
        return self._train() if self._train else None


class FreightTrain:
    def __init__(self, train_id, block, interlocking):
        self.train_id = train_id
        self.block = block
        self.interlocking = interlocking
        self.wagons = []
        interlocking.reserve(block, train_id)

    def couple(self, wagon):
        wagon._train = weakref.ref(self)
        self.wagons.append(wagon)

    def gross_tonnes(self):
        return sum(w.tonnes for w in self.wagons)

    def __del__(self):
        self.interlocking.release(self.block)


def make_up_train(interlocking):
    train = FreightTrain("GM-4471", "B-17", interlocking)
    for n, t in [("33 80 4963 001", 61.0), ("33 80 4963 002", 58.5)]:
        train.couple(Wagon(n, t))
    return train


def main():
    gc.disable()
    try:
        box = Interlocking()
        train = make_up_train(box)
        assert train.gross_tonnes() == 119.5
        assert train.wagons[0].train is train
        del train
        assert box.released == ["GM-4471"], box.released
        assert "B-17" not in box.reserved
    finally:
        gc.enable()
    print("OK")


if __name__ == "__main__":
    main()
