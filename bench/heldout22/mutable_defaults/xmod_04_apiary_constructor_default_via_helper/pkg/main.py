from .inspection import needs_super, record_inspection
from .yard import Yard


def main():
    yard = Yard("orchard-east")
    yard.install("H1", 2023)
    yard.install("H2", 2024)
    fresh = yard.install("H3", 2025)   # swarm caught last week, not inspected

    record_inspection(yard.hives["H1"], [("brood", 0.9), ("honey", 0.8), ("honey", 0.75), ("honey", 0.9)])
    record_inspection(yard.hives["H2"], [("brood", 0.6), ("honey", 0.3)])

    for hive_id, kg in yard.harvest_estimate().items():
        hive = yard.hives[hive_id]
        print(f"{hive_id}: {len(hive.frames)} frames, ~{kg} kg honey, super needed: {needs_super(hive)}")

    if fresh.frames:
        print(f"H3 was never inspected but shows {len(fresh.frames)} frames")
        print("BUG SHOWN")
    else:
        print("records consistent")


if __name__ == "__main__":
    main()
