from .stalls import Stall
from .restock import install


def clearance(stall, keep):
    """Sell off everything on display that is not in the keep list."""
    sold = []
    for flower in stall.flowers:
        if flower not in keep:
            stall.sell(flower, stall.stock[flower])
            sold.append(flower)
    stall.withdraw(sold)
    return sold


def main():
    stall = Stall("Bea's Blooms", {"tulip": 4, "peony": 2, "daisy": 9, "lily": 3})
    install(stall)
    try:
        print("sold:", clearance(stall, keep={"daisy"}))
    except RuntimeError as exc:
        print("clearance stopped:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
