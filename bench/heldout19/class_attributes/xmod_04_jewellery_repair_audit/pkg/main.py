from .tickets import RingResize, ClaspRepair


def main():
    ring = RingResize("R-17", "Priya", "L", "N")
    clasp = ClaspRepair("C-03", "Owen", "silver")
    ring.advance("soldered")
    clasp.advance("collected")
    print("ring history:", ring.history())
    expected = ["received", "measured", "soldered"]
    if ring.history() != expected:
        print("ring ticket also shows the clasp repair's steps")
        print("BUG SHOWN")
    else:
        print("ticket histories separate")


if __name__ == "__main__":
    main()
