"""Tube reservations for an x-ray clinic.

A scan session reserves an X-ray tube from the clinic's tube pool and hands
it back when the session object goes away, so that an abandoned session
never blocks the next patient.  The generator controller calls a completion
hook after each exposure.
"""
import gc


class TubePool:
    def __init__(self, tubes):
        self.free = list(tubes)
        self.in_use = {}

    def reserve(self, room):
        tube = self.free.pop(0)
        self.in_use[tube] = room
        return tube

    def release(self, tube):
        del self.in_use[tube]
        self.free.append(tube)


class GeneratorController:
    """High-voltage generator; calls ``on_complete(kvp, mas)`` after each shot."""

    def __init__(self):
        self.on_complete = None
        self.shots = 0

    def expose(self, kvp, mas):
        self.shots += 1
        if self.on_complete is not None:
            self.on_complete(kvp, mas)


class ScanSession:
    def __init__(self, pool, room, patient):
        self.pool = pool
        self.room = room
        self.patient = patient
        self.dose_log = []
        self.tube = pool.reserve(room)
        self.generator = GeneratorController()
        self.generator.on_complete = self._record_dose

    def _record_dose(self, kvp, mas):
        self.dose_log.append((kvp, mas))

    def chest_pa(self):
        self.generator.expose(kvp=120, mas=2.0)

    def __del__(self):
        if self.tube in self.pool.in_use:
            self.pool.release(self.tube)


def run_walk_in(pool, room, patient):
    session = ScanSession(pool, room, patient)
    session.chest_pa()
    return len(session.dose_log)


def main():
    gc.disable()
    pool = TubePool(["tube-A", "tube-B"])
    exposures = run_walk_in(pool, "room 1", "patient 0412")
    print(f"walk-in done: {exposures} exposure(s); tubes in use: {pool.in_use}")

    stuck = dict(pool.in_use)
    gc.collect()
    gc.enable()
    print(f"after a full collection: tubes in use: {pool.in_use}")
    if stuck:
        print(f"{sorted(stuck)} stayed reserved after the session ended")
        print("BUG SHOWN")
    else:
        print("tubes returned promptly")


if __name__ == "__main__":
    main()
