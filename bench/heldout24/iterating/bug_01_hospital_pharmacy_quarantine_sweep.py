"""Ward pharmacy cabinet stock control.

Each cabinet holds batches of medicines ordered by expiry date.  The nightly
sweep moves expired or recalled batches into the quarantine tray so they
cannot be dispensed, and writes an entry to the controlled-drugs register.
"""
from dataclasses import dataclass
from datetime import date


@dataclass
class Batch:
    drug: str
    lot: str
    expires: date
    units: int
    controlled: bool = False


class DrugCabinet:
    def __init__(self, ward):
        self.ward = ward
        self.batches = []
        self.quarantine = []
        self.register = []
        self.recalled_lots = set()

    def receive(self, batch):
        self.batches.append(batch)
        self.batches.sort(key=lambda b: b.expires)

    def _reason_to_pull(self, batch, today):
        if batch.lot in self.recalled_lots:
            return "manufacturer recall"
        if batch.expires <= today:
            return "expired"
        return None

    def _move_to_quarantine(self, batch, reason):
        self.batches.remove(batch)
        self.quarantine.append((batch, reason))
        if batch.controlled:
            self.register.append(f"{batch.drug} lot {batch.lot}: {batch.units} units pulled ({reason})")

    def nightly_sweep(self, today):
        pulled = 0
        for batch in self.batches:
            reason = self._reason_to_pull(batch, today)
            if reason:
                self._move_to_quarantine(batch, reason)
                pulled += 1
        return pulled

    def dispensable(self, drug, today):
        return [b for b in self.batches if b.drug == drug and b.expires > today]


def main():
    cabinet = DrugCabinet("Heron ward")
    stock = [
        Batch("ibuprofen 400mg", "IB-221", date(2024, 1, 31), 96),
        Batch("morphine 10mg/ml", "MO-778", date(2024, 2, 15), 10, controlled=True),
        Batch("levothyroxine 50mcg", "LV-009", date(2024, 2, 20), 56),
        Batch("insulin glargine", "IG-310", date(2024, 9, 30), 5),
        Batch("ketamine 50mg/ml", "KE-402", date(2025, 1, 31), 4, controlled=True),
    ]
    for batch in stock:
        cabinet.receive(batch)
    cabinet.recalled_lots.add("KE-402")
    today = date(2024, 2, 29)
    pulled = cabinet.nightly_sweep(today)
    print(f"{pulled} batches pulled on {today}")
    for batch, reason in cabinet.quarantine:
        print(f"  quarantine: {batch.drug} {batch.lot} ({reason})")
    for line in cabinet.register:
        print(f"  CD register: {line}")
    leftovers = [b.lot for b in cabinet.batches if b.expires <= today or b.lot in cabinet.recalled_lots]
    if leftovers:
        print(f"still on the shelf after the sweep: {leftovers}")
        print("BUG SHOWN")
    else:
        print("cabinet clean")


if __name__ == "__main__":
    main()
