"""Run the morning labelling batch."""
from .labels import print_run
from .models import Lot

MORNING_LOTS = [
    Lot("C-101", "sardine", 480, 4.0),
    Lot("C-102", "salmon", 240, 8.5),
    Lot("C-103", "mackerel", 300, 5.0),
]


def main():
    known = MORNING_LOTS[:2]
    for line in print_run(known):
        print(line)
    try:
        print_run(MORNING_LOTS)
    except UnboundLocalError as exc:
        print(f"labelling stopped: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print("no failure")


if __name__ == "__main__":
    main()
