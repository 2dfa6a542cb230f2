class Slot:
    def __init__(self, code, product, price_cents, count):
        self.code = code
        self.product = product
        self.price_cents = price_cents
        self.count = count


class VendingMachine:
    RESTOCK_THRESHOLD = 2
    MAX_CAPACITY = 10

    def __init__(self, machine_id):
        self.machine_id = machine_id
        self.slots = {}
        self.credit = 0

    def load(self, code, product, price_cents, count):
        self.slots[code] = Slot(code, product, price_cents, min(count, self.MAX_CAPACITY))

    def insert(self, cents):
        self.credit += cents

    def vend(self, code):
        slot = self.slots[code]
        if slot.count == 0 or self.credit < slot.price_cents:
            return None
        slot.count -= 1
        self.credit -= slot.price_cents
        return slot.product

    @property
    def low_slots(self):
        return [s.code for s in self.slots.values() if s.count <= RESTOCK_THRESHOLD]

    def telemetry(self):
        return {"machine": self.machine_id, "credit": self.credit, "restock": self.low_slots}


def main():
    machine = VendingMachine("VM-0042")
    machine.load("A1", "sparkling water", 150, 5)
    machine.load("B3", "trail mix", 225, 3)
    machine.insert(300)
    assert machine.vend("A1") == "sparkling water"
    try:
        machine.telemetry()
    except NameError as exc:
        assert "RESTOCK_THRESHOLD" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("telemetry computed without error")


if __name__ == "__main__":
    main()
