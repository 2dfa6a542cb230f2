"""Noise monitoring in student halls."""
import gc

WARDEN_NOTES = []


class NoiseMeter:
    def __init__(self, threshold):
        self.threshold = threshold
        self.listener = None

    def attach(self, listener):
        self.listener = listener

    def sample(self, db):
        if db > self.threshold and self.listener:
            self.listener(db)


class Flat:
    def __init__(self, number, meter):
        self.number = number
        self.complaints = []
        self.on_noise = self._make_handler()
        meter.attach(self.on_noise)

    def _make_handler(self):
        def handler(db):
            self.complaints.append(db)
        return handler

    def __del__(self):
        WARDEN_NOTES.append((self.number, len(self.complaints)))


def quiet_week(flat_no):
    meter = NoiseMeter(70)
    flat = Flat(flat_no, meter)
    for db in (55, 82, 61, 90):
        meter.sample(db)
    meter.attach(None)
    return flat


def main():
    gc.disable()
    flat = quiet_week("B12")
    print("complaints:", flat.complaints)
    del flat
    if not WARDEN_NOTES:
        print("warden never got the move-out note")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
