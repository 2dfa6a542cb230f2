"""Oven controller for a bakery's early shift.

Each tray is loaded into a deck oven that sometimes reports a transient
sensor fault.  A retry decorator re-runs the bake step, keeps a shift-wide
count of attempts for the maintenance log, and surfaces the last fault if a
tray never makes it through.  Empty production lists are normal on holidays.
"""
import functools
import logging

log = logging.getLogger("bakery.ovens")


class SensorFault(Exception):
    def __init__(self, oven, reading):
        super().__init__(f"{oven}: implausible reading {reading}")
        self.oven = oven
        self.reading = reading


class TrayRejected(Exception):
    pass


def with_retries(max_attempts):
    def decorate(func):
        shift_attempts = 0

        @functools.wraps(func)
        def wrapper(tray):
            nonlocal shift_attempts
            last_fault = None
            for attempt in range(1, max_attempts + 1):
                shift_attempts += 1
                try:
                    return func(tray)
                except SensorFault as fault:
                    last_fault = fault
                    log.debug("attempt %d on %s: %s", attempt, tray["item"], fault)
            raise TrayRejected(f"{tray['item']}: {last_fault}")

        wrapper.shift_attempts = lambda: shift_attempts
        return wrapper

    return decorate


class DeckOven:
    def __init__(self, name, glitches):
        self.name = name
        self._glitches = list(glitches)

    def read_core_temp(self, tray):
        if self._glitches and self._glitches.pop(0):
            raise SensorFault(self.name, -273)
        return 92 + len(tray["item"]) % 5


OVEN = DeckOven("deck-2", glitches=[True, False, True, True, False, True, True, True])


@with_retries(max_attempts=3)
def bake(tray):
    temp = OVEN.read_core_temp(tray)
    return {"item": tray["item"], "core_c": temp, "done": temp >= 92}


def run_shift(trays):
    baked, rejected = [], []
    last_item = None
    for tray in trays:
        last_item = tray["item"]
        try:
            baked.append(bake(tray))
        except TrayRejected as reason:
            rejected.append(str(reason))
    return {"baked": baked, "rejected": rejected, "last_item": last_item}


def main():
    trays = [{"item": "sourdough"}, {"item": "baguette"}, {"item": "brioche"}]
    shift = run_shift(trays)
    holiday = run_shift([])
    assert [b["item"] for b in shift["baked"]] == ["sourdough", "baguette"]
    assert shift["rejected"] == ["brioche: deck-2: implausible reading -273"]
    assert shift["last_item"] == "brioche"
    assert holiday == {"baked": [], "rejected": [], "last_item": None}
    assert bake.shift_attempts() == 8, bake.shift_attempts()
    print(f"baked {len(shift['baked'])}, rejected {len(shift['rejected'])}, "
          f"attempts {bake.shift_attempts()}")
    print("OK")


if __name__ == "__main__":
    main()
