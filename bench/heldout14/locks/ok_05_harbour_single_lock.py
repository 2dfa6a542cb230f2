"""Harbour crane allocation: berth agents claim cranes and log container moves."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class CraneYard:
    def __init__(self, cranes):
        self.free = list(cranes)
        self.assigned = {}
        self.moves = {}
        self._lock = threading.Lock()

    def _notify_port_control(self, message):
        time.sleep(0.0001)
        return message

    def claim(self, vessel):
        with self._lock:
            if not self.free:
                return None
            self._notify_port_control(f"{vessel} claims crane")
            crane = self.free.pop()
            self.assigned[crane] = vessel
            return crane

    def log_move(self, vessel):
        with self._lock:
            count = self.moves.get(vessel, 0)
            self._notify_port_control(f"{vessel} move {count + 1}")
            self.moves[vessel] = count + 1


class BerthAgent(threading.Thread):
    def __init__(self, vessel, yard, boxes, gate):
        super().__init__(name=vessel)
        self.vessel = vessel
        self.yard = yard
        self.boxes = boxes
        self.gate = gate
        self.crane = None

    def run(self):
        self.gate.wait()
        self.crane = self.yard.claim(self.vessel)
        for _ in range(self.boxes):
            self.yard.log_move(self.vessel)


def main():
    yard = CraneYard(["QC1", "QC2", "QC3"])
    gate = threading.Event()
    agents = [BerthAgent(f"MV-{n}", yard, 40, gate) for n in range(6)]
    for a in agents:
        a.start()
    gate.set()
    for a in agents:
        a.join()
    with_crane = [a.vessel for a in agents if a.crane]
    assert len(with_crane) == 3, with_crane
    assert len(set(yard.assigned)) == 3 and not yard.free
    assert sum(yard.moves.values()) == 6 * 40, yard.moves
    print("cranes assigned:", len(yard.assigned), "moves logged:", sum(yard.moves.values()))
    print("OK")


if __name__ == "__main__":
    main()
