from collections import Counter

from .attendants import park_arrivals
from .garage import Garage


def main():
    garage = Garage(["B1-01", "B1-02", "B1-03", "B1-04", "B1-05", "B1-06"])
    plates = ["RX55 VAL", "SK21 TUV", "TR08 ROW"]
    assignments = park_arrivals(garage, plates)
    for plate, bay in assignments.items():
        print(f"{plate} -> {bay}")
    print("free bays left:", garage.free_count)
    garage.release(assignments["RX55 VAL"], "RX55 VAL")

    shared = [bay for bay, n in Counter(assignments.values()).items() if n > 1]
    if shared:
        print("bays given to more than one car:", shared)
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
