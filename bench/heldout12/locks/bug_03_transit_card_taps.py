import threading


class InsufficientFunds(Exception):
    pass


class FareTable:
    def __init__(self, zones, on_lookup=None):
        self.zones = zones
        self.on_lookup = on_lookup

    def fare_for(self, entry, exit_):
        if self.on_lookup:
            self.on_lookup()
        return 180 + 60 * abs(self.zones[entry] - self.zones[exit_])


class TransitCard:
    def __init__(self, card_no, balance_cents, fares):
        self.card_no = card_no
        self.balance_cents = balance_cents
        self.fares = fares
        self.journeys = []
        self._lock = threading.Lock()

    def tap_out(self, entry, exit_):
        balance = self.balance_cents
        fare = self.fares.fare_for(entry, exit_)
        with self._lock:
            if balance < fare:
                raise InsufficientFunds(self.card_no)
            self.balance_cents = balance - fare
            self.journeys.append((entry, exit_, fare))
        return fare


def main():
    barrier = threading.Barrier(2, timeout=5)
    fares = FareTable({"Central": 1, "Harbour": 2, "Airport": 4}, on_lookup=barrier.wait)
    card = TransitCard("OPAL-3308", 2000, fares)

    gate_a = threading.Thread(target=card.tap_out, args=("Central", "Airport"))
    gate_b = threading.Thread(target=card.tap_out, args=("Central", "Harbour"))
    gate_a.start(); gate_b.start(); gate_a.join(); gate_b.join()

    charged = sum(f for _, _, f in card.journeys)
    assert charged == 360 + 240
    assert card.balance_cents != 2000 - charged, card.balance_cents
    assert card.balance_cents in (2000 - 360, 2000 - 240)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
