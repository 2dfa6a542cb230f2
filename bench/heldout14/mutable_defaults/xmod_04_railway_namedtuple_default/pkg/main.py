from .interlocking import Interlocking, build_route

LENGTHS = {"T1": 220, "T2": 180, "T7": 300, "T8": 260}


def main():
    box = Interlocking()
    up_main = build_route("up main", "S1", "S4", ["T1", "T2"], LENGTHS)
    down_loop = build_route("down loop", "S9", "S12", ["T7", "T8"], LENGTHS)
    ok_up, _ = box.request(up_main)
    ok_down, clash = box.request(down_loop)
    print("up main set:", ok_up)
    print("down loop set:", ok_down, clash)
    # The two routes use disjoint track, so both must be settable.
    if not ok_down:
        print("disjoint routes reported as conflicting on", clash)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
