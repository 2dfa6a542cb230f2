import threading


class DriverPool:
    def __init__(self, drivers):
        self.available = list(drivers)
        self.assigned = {}

    def nearest(self):
        return self.available[0] if self.available else None


class MatchingEngine:
    def __init__(self, pool, on_match=None):
        self.pool = pool
        self.on_match = on_match

    def claim(self, rider):
        with threading.Lock():
            driver = self.pool.nearest()
            if driver is None:
                return None
            if self.on_match:
                self.on_match(rider, driver)
            self.pool.assigned[rider] = driver
            if driver in self.pool.available:
                self.pool.available.remove(driver)
            return driver


def main():
    gate = threading.Barrier(2, timeout=5)
    engine = MatchingEngine(DriverPool(["tomas", "wen"]), on_match=lambda rider, driver: gate.wait())
    outcomes = {}

    def rider(name):
        outcomes[name] = engine.claim(name)

    threads = [threading.Thread(target=rider, args=(n,)) for n in ("pax-1", "pax-2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes == {"pax-1": "tomas", "pax-2": "tomas"}, outcomes
    assert engine.pool.available == ["wen"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
