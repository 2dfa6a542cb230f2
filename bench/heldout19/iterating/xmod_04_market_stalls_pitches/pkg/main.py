from .layout import Layout
from .rules import clashes


def audit(layout):
    report = []
    for row in layout.row_letters():
        report.extend(clashes(layout, row))
    return report


def main():
    market = Layout()
    market.place("B", "Rosa", "cheese")
    market.place("B", "Hamid", "spices")
    market.place("C", "Lou", "cheese")
    market.place("E", "Petra", "flowers")
    try:
        report = audit(market)
    except RuntimeError as exc:
        print("audit failed:", exc)
        print("BUG SHOWN")
        return
    print("clashes:", report)


if __name__ == "__main__":
    main()
