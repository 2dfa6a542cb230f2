"""Heliport pad reservations.

A reservation holds a landing pad for an operator.  Once the helicopter is
inbound the reservation starts a watchdog thread that frees the pad if the
aircraft does not land in time.  When a reservation object goes away, its
finaliser hands the pad back to the pad board.
"""
import gc
import threading


class PadBoard:
    def __init__(self, pads):
        self.free = set(pads)
        self.held = {}

    def hold(self, pad, operator):
        self.free.remove(pad)
        self.held[pad] = operator

    def release(self, pad):
        if pad in self.held:
            del self.held[pad]
            self.free.add(pad)


BOARD = PadBoard({"H1", "H2", "H3"})


class PadReservation:
    def __init__(self, pad, operator, landing_window_s):
        BOARD.hold(pad, operator)
        self.pad = pad
        self.operator = operator
        self.landing_window_s = landing_window_s
        self.landed = threading.Event()
        self._watchdog = threading.Thread(
            target=self._watch, name=f"pad-{pad}-watchdog", daemon=True)

    def inbound(self):
        self._watchdog.start()

    def touch_down(self):
        self.landed.set()

    def _watch(self):
        if not self.landed.wait(self.landing_window_s):
            BOARD.release(self.pad)

    def __del__(self):
        BOARD.release(self.pad)


class ReservationDesk:
    def __init__(self):
        self.active = {}

    def book(self, pad, operator, window=600):
        self.active[pad] = PadReservation(pad, operator, window)
        return self.active[pad]

    def cancel(self, pad):
        self.active.pop(pad)


def main():
    gc.disable()
    try:
        desk = ReservationDesk()
        desk.book("H1", "Highland Air Ambulance")
        desk.book("H2", "Island Charters")
        print(f"held: {sorted(BOARD.held)}, free: {sorted(BOARD.free)}")
        desk.cancel("H2")
        print(f"after cancelling H2: held {sorted(BOARD.held)}, free {sorted(BOARD.free)}")
        stuck = "H2" in BOARD.held
        gc.collect()
        print(f"after a full collection: held {sorted(BOARD.held)}, free {sorted(BOARD.free)}")
    finally:
        gc.enable()
    if stuck:
        print("cancelled reservation kept pad H2 blocked until the cycle collector ran")
        print("BUG SHOWN")
    else:
        print("pad released on cancel")


if __name__ == "__main__":
    main()
