"""Theme park virtual queue: guests join a ride's boarding group up to capacity."""

import threading
import time


class BoardingGroup:
    def __init__(self, ride, capacity):
        self.ride = ride
        self.capacity = capacity
        self.riders = []

    def _guard(self):
        return threading.Lock()

    def _scan_wristband(self, guest):
        time.sleep(0.002)  # wristband reader round trip
        return guest.upper()

    def try_join(self, guest):
        with self._guard():
            if len(self.riders) < self.capacity:
                badge = self._scan_wristband(guest)
                self.riders.append(badge)
                return True
            return False


class QueueApp:
    def __init__(self, group, guests):
        self.group = group
        self.guests = guests
        self.start = threading.Barrier(len(guests))
        self.accepted = []

    def _tap(self, guest):
        self.start.wait()
        if self.group.try_join(guest):
            self.accepted.append(guest)

    def open_gates(self):
        threads = [threading.Thread(target=self._tap, args=(g,)) for g in self.guests]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return len(self.group.riders)


def main():
    group = BoardingGroup("Thunder Gorge", capacity=5)
    app = QueueApp(group, [f"guest{i:02d}" for i in range(16)])
    boarded = app.open_gates()
    print("boarded", boarded, "of capacity", group.capacity)
    if boarded > group.capacity:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
