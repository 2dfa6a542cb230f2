from .inspections import harvest_plan, record_frames
from .registry import HiveRegistry


def main():
    registry = HiveRegistry()
    registry.install("H-01", "Heather Hill", queen_marked=True)
    registry.install("H-02", "Heather Hill")

    pulled = record_frames(registry.get("H-01"), [(60, 20), (10, 85), (0, 95)])
    print(f"H-01 inspection recorded {pulled} frames")

    plan = harvest_plan(registry.all())
    for hive_id, frames in plan.items():
        print(f"{hive_id}: {frames} frames ready to harvest")

    untouched = registry.get("H-02")
    if untouched.frames:
        print(f"H-02 was never opened but lists {len(untouched.frames)} frames")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
