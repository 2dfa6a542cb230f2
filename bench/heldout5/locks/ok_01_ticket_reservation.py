import threading


class SoldOut(Exception):
    pass


class SeatInventory:
    def __init__(self, event, seats, on_hold=None):
        self.event = event
        self.available = seats
        self.holds = []
        self.on_hold = on_hold
        self._lock = threading.Lock()

    def _check(self, qty):
        if self.available < qty:
            raise SoldOut(f"{self.event}: {self.available} left")

    def reserve(self, customer, qty):
        with self._lock:
            self._check(qty)
            if self.on_hold:
                self.on_hold(customer)
            self.available -= qty
            self.holds.append((customer, qty))
        return qty


if __name__ == "__main__":
    first_inside = threading.Event()
    second_started = threading.Event()

    def hold_hook(customer):
        if customer == "ada":
            first_inside.set()
            second_started.wait(timeout=2)

    seats = SeatInventory("concert", 3, on_hold=hold_hook)
    results = {}

    def buy(customer):
        if customer == "grace":
            second_started.set()
        try:
            results[customer] = seats.reserve(customer, 2)
        except SoldOut as exc:
            results[customer] = exc

    t1 = threading.Thread(target=buy, args=("ada",))
    t1.start()
    assert first_inside.wait(timeout=5)
    t2 = threading.Thread(target=buy, args=("grace",))
    t2.start()
    t1.join()
    t2.join()
    assert results["ada"] == 2
    assert isinstance(results["grace"], SoldOut)
    assert seats.available == 1 and seats.holds == [("ada", 2)]
    print("OK")
