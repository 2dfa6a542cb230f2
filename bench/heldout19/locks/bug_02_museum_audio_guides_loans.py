"""Audio guide handsets lent at a museum's front desk."""

import threading
import time


class Handset:
    def __init__(self, serial):
        self.serial = serial

    def pair(self, language):
        # Bluetooth pairing takes a moment
        time.sleep(0.01)
        return f"{self.serial}:{language}"


class GuideDesk:
    def __init__(self, count):
        self.shelf = [Handset(f"AG-{n:03d}") for n in range(count)]
        self.loans = []

    def available(self):
        return len(self.shelf) - len(self.loans)

    def lend(self, visitor, language):
        lock = threading.Lock()
        with lock:
            if self.available() <= 0:
                return None
            handset = self.shelf[len(self.loans) % len(self.shelf)]
            session = handset.pair(language)
            self.loans.append((visitor, session))
            return session


def main():
    desk = GuideDesk(3)
    start = threading.Barrier(8)
    results = []

    def visitor(name):
        start.wait()
        results.append(desk.lend(name, "en"))

    threads = [threading.Thread(target=visitor, args=(f"v{i}",)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("handsets on loan:", len(desk.loans), "of", len(desk.shelf))
    if len(desk.loans) > len(desk.shelf):
        print("BUG SHOWN")
    else:
        print("loans within stock")


if __name__ == "__main__":
    main()
