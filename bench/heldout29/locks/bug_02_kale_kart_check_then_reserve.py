"""Kale kart: inventory reservations for a farm-box delivery shop.

Checkout threads reserve stock for a basket; the reservation checks
availability, authorises the card with the payment gateway and then
decrements the stock level.
"""
import threading


class PaymentGateway:
    """Stub gateway; settles authorisations in rounds of ``round_size``."""

    def __init__(self, round_size):
        self._round = threading.Barrier(round_size, timeout=5)
        self.authorised = []
        self._log_lock = threading.Lock()

    def authorise(self, customer, amount):
        self._round.wait()
        with self._log_lock:
            self.authorised.append((customer, amount))
        return True


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self, levels, gateway):
        self.levels = dict(levels)
        self.gateway = gateway
        self._lock = threading.Lock()
        self.reservations = []

    def available(self, sku):
        with self._lock:
            return self.levels.get(sku, 0)

    def reserve(self, customer, sku, qty, unit_price):
        if self.available(sku) < qty:
            raise OutOfStock(f"{sku}: cannot reserve {qty} for {customer}")
        self.gateway.authorise(customer, qty * unit_price)
        with self._lock:
            self.levels[sku] -= qty
            self.reservations.append((customer, sku, qty))


def checkout(inventory, customer, sku, qty, results):
    try:
        inventory.reserve(customer, sku, qty, unit_price=4.5)
        results[customer] = "reserved"
    except OutOfStock as exc:
        results[customer] = str(exc)


def main():
    customers = ["kira", "kofi", "kasia"]
    inventory = Inventory({"curly-kale": 5}, PaymentGateway(len(customers)))
    results = {}
    threads = [threading.Thread(target=checkout,
                                args=(inventory, name, "curly-kale", 2, results))
               for name in customers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("results:", dict(sorted(results.items())))
    print("curly-kale left:", inventory.levels["curly-kale"])
    if inventory.levels["curly-kale"] < 0:
        print("more boxes reserved than were in stock")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
