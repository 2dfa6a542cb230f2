"""Wakeboarding cable park: riders book slots on a shared cable."""
import sys
import threading
import time

sys.setswitchinterval(1e-6)


class Cable:
    def __init__(self, slots):
        self.free = slots
        self.riders = []
        self.lock = threading.Lock()
        self.laps = 0

    def _pause(self):
        time.sleep(0)

    def try_book(self, rider):
        with self.lock:
            if self.free <= 0:
                return False
            self._pause()
            self.free -= 1
            self.riders.append(rider)
            return True

    def lap(self):
        with self.lock:
            n = self.laps
            self._pause()
            self.laps = n + 1


def rider(cable, name, laps, out):
    out[name] = cable.try_book(name)
    for _ in range(laps):
        cable.lap()


def main():
    cable = Cable(slots=5)
    out = {}
    threads = [threading.Thread(target=rider, args=(cable, f"r{i}", 200, out)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(out.values()) == 5 and len(cable.riders) == 5 and cable.free == 0
    assert cable.laps == 8 * 200, cable.laps
    print("riders:", sorted(cable.riders))
    print("OK")


if __name__ == "__main__":
    main()
