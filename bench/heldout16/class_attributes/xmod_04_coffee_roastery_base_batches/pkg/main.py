from .roasters import DrumRoaster, FluidBedRoaster


def main():
    drum = DrumRoaster("D-01")
    bed = FluidBedRoaster("F-07")
    drum.roast("Ethiopia Guji", 12)
    drum.roast("Brazil Cerrado", 10)
    bed.roast("Kenya AA", 2)
    print("drum total:", drum.total_kg(), "fluid bed total:", bed.total_kg())
    if bed.total_kg() != 2:
        print("fluid bed logbook includes", [b["roaster"] for b in bed.batches])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
