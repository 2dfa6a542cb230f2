"""Feeding log for a sled dog kennel."""
import sys
import threading
import time


class Kennel:
    def __init__(self, dogs):
        self.rations = {dog: 0 for dog in dogs}

    def _guard(self):
        return threading.Lock()

    def _weigh_scoop(self, grams):
        time.sleep(0)
        return grams

    def feed(self, dog, grams):
        with self._guard():
            current = self.rations[dog]
            scoop = self._weigh_scoop(grams)
            self.rations[dog] = current + scoop


def handler(kennel, dog, scoops, go):
    go.wait()
    for _ in range(scoops):
        kennel.feed(dog, 100)


def main():
    sys.setswitchinterval(1e-6)
    kennel = Kennel(["Balto", "Togo"])
    go = threading.Event()
    team = [threading.Thread(target=handler, args=(kennel, "Togo", 40, go)) for _ in range(6)]
    for t in team:
        t.start()
    go.set()
    for t in team:
        t.join()
    expected = 6 * 40 * 100
    print("Togo fed:", kennel.rations["Togo"], "expected:", expected)
    if kennel.rations["Togo"] != expected:
        print("feeds went missing from the log")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
