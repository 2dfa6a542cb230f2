from .crane import Crane
from .yard import Yard


def main():
    yard = Yard()
    cranes = [Crane(n, rated_t=40) for n in (3, 4, 7)]
    for crane, loads in zip(cranes, ([32, 30], [38], [25, 25, 12])):
        for tonnes in loads:
            yard.dispatch(crane, tonnes)
    print(f"cranes working: {sorted(c.number for c in yard.active)}")
    try:
        total = yard.end_shift()
    except RuntimeError as exc:
        still_out = sorted(c.number for c in cranes if not c.parked)
        print(f"end of shift failed: {exc}")
        print(f"cranes left unparked: {len(still_out)}")
        print("BUG SHOWN")
        return
    print(f"shift total: {total} t")
    print("no failure")


if __name__ == "__main__":
    main()
