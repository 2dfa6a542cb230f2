"""Quality control for coin batches at a national mint.

Each press run produces a batch of coins of one denomination.  Inspectors
flag defective coins; a batch whose rejection rate exceeds the tolerance
is sent back to be melted down.
"""
from collections import Counter


class CoinBatch:
    tolerance = 0.02
    denomination = None
    struck = 0
    defects = []

    def __init__(self, batch_id, denomination, press):
        self.batch_id = batch_id
        self.denomination = denomination
        self.press = press

    def strike(self, count):
        self.struck += count

    def flag(self, serial, reason):
        self.defects.append((serial, reason))

    def rejection_rate(self):
        return len(self.defects) / self.struck if self.struck else 0.0

    def verdict(self):
        return "melt" if self.rejection_rate() > self.tolerance else "release"


class Inspector:
    def __init__(self, name):
        self.name = name
        self.reasons = Counter()

    def inspect(self, batch, findings):
        for serial, reason in findings:
            batch.flag(serial, reason)
            self.reasons[reason] += 1


def main():
    bronze = CoinBatch("B-0412", "2c", press="P3")
    silver = CoinBatch("S-0413", "50c", press="P5")
    bronze.strike(200)
    silver.strike(200)

    inspector = Inspector("R. Mbeki")
    inspector.inspect(
        bronze,
        [("B-0412-017", "off-centre"), ("B-0412-088", "die crack"),
         ("B-0412-090", "off-centre"), ("B-0412-151", "lamination"),
         ("B-0412-199", "clipped planchet")],
    )

    for batch in (bronze, silver):
        print(batch.batch_id, batch.denomination, f"{batch.rejection_rate():.3f}", batch.verdict())

    if silver.verdict() == "melt":
        print("a flawless silver batch was sent to be melted")
        print("BUG SHOWN")
    else:
        print("verdicts are correct")


if __name__ == "__main__":
    main()
