"""Lane allocation at a swimming pool."""
import gc
import weakref

CLOSED = []


class Lane:
    def __init__(self, number, pool):
        self.number = number
        self._pool = weakref.ref(pool)
        self.swimmers = []

    @property
    def pool(self):
        return self._pool()

    def enter(self, swimmer):
        self.swimmers.append(swimmer)
        pool = self.pool
        if pool is not None:
            pool.notify(self)


class Pool:
    def __init__(self, name, lanes):
        self.name = name
        self.lanes = [Lane(n, self) for n in range(1, lanes + 1)]
        self.entries = 0
        self._listeners = [weakref.WeakMethod(self._count)]

    def _count(self, lane):
        self.entries += 1

    def notify(self, lane):
        for ref in self._listeners:
            fn = ref()
            if fn is not None:
                fn(lane)

    def __del__(self):
        CLOSED.append((self.name, self.entries))


def main():
    gc.disable()
    pool = Pool("Lido", 4)
    pool.lanes[0].enter("Wyn")
    pool.lanes[2].enter("Vic")
    lane = pool.lanes[1]
    del pool
    assert CLOSED == [("Lido", 2)], CLOSED
    assert lane.pool is None
    print("OK")


if __name__ == "__main__":
    main()
