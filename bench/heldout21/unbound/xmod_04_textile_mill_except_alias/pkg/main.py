from .looms import Loom
from .shift import ShiftReport, run_shift


def main():
    looms = [Loom(1), Loom(2, broken_at=40), Loom(3)]
    try:
        report = run_shift(looms, 100, ShiftReport())
    except (NameError, UnboundLocalError) as exc:
        print("shift report crashed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print("\n".join(report.lines))


if __name__ == "__main__":
    main()
