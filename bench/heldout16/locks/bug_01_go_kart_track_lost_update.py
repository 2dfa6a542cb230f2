"""Go-kart track lap counter fed by several timing loops."""
import sys
import threading
import time

sys.setswitchinterval(1e-6)


class TransponderLog:
    def __init__(self):
        self.raw = []

    def capture(self, kart):
        self.raw.append(kart)
        time.sleep(0.0002)


class LapCounter:
    def __init__(self, karts):
        self.laps = {k: 0 for k in karts}
        self.log = TransponderLog()
        self._lock = threading.Lock()

    def crossing(self, kart):
        current = self.laps[kart]
        self.log.capture(kart)
        self.laps[kart] = current + 1

    def leaderboard(self):
        with self._lock:
            return sorted(self.laps.items(), key=lambda kv: -kv[1])


class TimingLoop(threading.Thread):
    def __init__(self, counter, kart, laps):
        super().__init__(name=f"loop-{kart}")
        self.counter = counter
        self.kart = kart
        self.laps_to_run = laps

    def run(self):
        for _ in range(self.laps_to_run):
            self.counter.crossing(self.kart)


def main():
    counter = LapCounter(["K7"])
    loops = [TimingLoop(counter, "K7", 60) for _ in range(4)]
    for t in loops:
        t.start()
    for t in loops:
        t.join()
    board = counter.leaderboard()
    print("leaderboard:", board, "raw crossings:", len(counter.log.raw))
    if board[0][1] < len(counter.log.raw):
        print("laps lost:", len(counter.log.raw) - board[0][1])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
