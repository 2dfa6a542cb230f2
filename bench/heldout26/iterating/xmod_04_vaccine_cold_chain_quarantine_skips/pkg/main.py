from .inventory import Freezer, Lot
from .monitor import nightly_sweep
from .policy import excursion


def main():
    freezer = Freezer("ULT-3 (pharmacy)", limit_c=-60.0)
    freezer.stock(
        Lot("RX-2201", "mRNA booster", 600, -72.5),
        Lot("RX-2202", "mRNA booster", 600, -51.0),
        Lot("RX-2203", "mRNA booster", 600, -48.5),
        Lot("RX-2204", "mRNA paediatric", 300, -70.1),
    )
    checked, report = nightly_sweep(freezer)
    print(f"checked {checked} lots")
    for line in report:
        print(" ", line)
    warm_in_stock = [lot.lot_no for lot in freezer.lots if excursion(freezer, lot)]
    print("usable doses:", freezer.usable_doses())
    if warm_in_stock:
        print("still in stock after excursion:", warm_in_stock)
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
