import tempfile

from .ledger import Ledger
from .models import Pledge


def main():
    pledges = [
        Pledge("P-0091", "M. Quarshie", "gold signet ring", "180.00", "0.04"),
        Pledge("P-0092", "N. Pereira", "mandolin", "95.00", "0.05"),
    ]
    for pledge in pledges:
        pledge.month_end()
        print(pledge, "balance after first month:", pledge.month_end())

    with tempfile.TemporaryDirectory() as workdir:
        with Ledger(workdir) as ledger:
            try:
                for pledge in pledges:
                    ledger.record(pledge)
            except TypeError as exc:
                print("ledger could not store pledges:", exc)
                print("stored tickets:", ledger.tickets())
                print("BUG SHOWN")
                return
            print("stored tickets:", ledger.tickets())


if __name__ == "__main__":
    main()
