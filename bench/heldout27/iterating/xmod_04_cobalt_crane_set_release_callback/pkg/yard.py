"""Terminal yard: which cranes are working this shift."""
import logging

log = logging.getLogger("terminal.yard")
log.addHandler(logging.NullHandler())


class Yard:
    def __init__(self):
        self.active = set()
        self.shift_tonnes = 0.0

    def dispatch(self, crane, tonnes):
        if crane not in self.active:
            self.active.add(crane)
            crane.when_parked(self._release)
        crane.lift(tonnes)

    def _release(self, crane):
        self.shift_tonnes += crane.lifted_t
        crane.lifted_t = 0.0
        self.active.discard(crane)
        log.info("%r released", crane)

    def end_shift(self):
        for crane in self.active:
            crane.park()
        return self.shift_tonnes
