"""Windmill: sails report to their mill through weak references."""

import gc
import weakref

gc.disable()

STOPPED = []


class Sail:
    def __init__(self, mill, position):
        self._mill = weakref.ref(mill)
        self.position = position

    def turn(self, rpm):
        mill = self._mill()
        if mill is not None:
            mill.record(self.position, rpm)


class Windmill:
    def __init__(self, name):
        self.name = name
        self.readings = {}
        self.sails = [Sail(self, p) for p in ("N", "E", "S", "W")]
        self._callbacks = [weakref.WeakMethod(self.on_gust)]
        self.gusts = 0

    def record(self, position, rpm):
        self.readings[position] = rpm

    def on_gust(self, speed):
        self.gusts += 1

    def gust(self, speed):
        for ref in self._callbacks:
            cb = ref()
            if cb is not None:
                cb(speed)

    def __del__(self):
        STOPPED.append(self.name)


def main():
    mill = Windmill("Cley Mill")
    for sail in mill.sails:
        sail.turn(12)
    mill.gust(40)
    assert mill.readings == {"N": 12, "E": 12, "S": 12, "W": 12}
    assert mill.gusts == 1
    del mill
    assert STOPPED == ["Cley Mill"], STOPPED
    print("stopped:", STOPPED)
    print("OK")


if __name__ == "__main__":
    main()
