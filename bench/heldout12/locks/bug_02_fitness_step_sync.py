import threading

DAILY_TOTALS = {}


class StepValidator:
    MAX_BATCH = 50_000

    def __init__(self, hook=None):
        self.hook = hook

    def check(self, user, steps):
        if steps < 0 or steps > self.MAX_BATCH:
            raise ValueError(f"implausible batch for {user}: {steps}")
        if self.hook:
            self.hook()


class DeviceSyncHandler:
    def __init__(self, device_id, validator):
        self.device_id = device_id
        self.validator = validator
        self._lock = threading.Lock()
        self.synced = 0

    def ingest(self, user, steps):
        with self._lock:
            current = DAILY_TOTALS.get(user, 0)
            self.validator.check(user, steps)
            DAILY_TOTALS[user] = current + steps
            self.synced += 1


def main():
    barrier = threading.Barrier(2, timeout=5)
    validator = StepValidator(hook=barrier.wait)
    watch = DeviceSyncHandler("watch-77", validator)
    phone = DeviceSyncHandler("phone-12", validator)

    t1 = threading.Thread(target=watch.ingest, args=("priya", 4200))
    t2 = threading.Thread(target=phone.ingest, args=("priya", 3100))
    t1.start(); t2.start(); t1.join(); t2.join()

    assert watch.synced == phone.synced == 1
    assert DAILY_TOTALS["priya"] in (4200, 3100), DAILY_TOTALS
    assert DAILY_TOTALS["priya"] != 7300
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
