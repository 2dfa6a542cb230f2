from .gateway import Charge, Declined
from .providers import BankTransfer


def main():
    transfer = Charge(5000, "EUR", card=None)
    try:
        BankTransfer().submit(transfer)
    except Declined as exc:
        assert str(exc) == "card required"
        print("BUG SHOWN")
    else:
        raise AssertionError("expected Declined from the card middleware")


if __name__ == "__main__":
    main()
