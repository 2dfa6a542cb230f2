class Roaster:
    """Base roaster keeping a log of batches it has roasted."""

    capacity_kg = 5
    batches = []

    def __init__(self, serial):
        self.serial = serial

    def log_batch(self, origin, kg, profile):
        if kg > self.capacity_kg:
            raise ValueError(f"{kg} kg exceeds capacity of {self.serial}")
        self.batches.append({"roaster": self.serial, "origin": origin,
                             "kg": kg, "profile": profile})

    def total_kg(self):
        return sum(b["kg"] for b in self.batches)
