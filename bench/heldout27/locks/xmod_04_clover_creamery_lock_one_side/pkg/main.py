import threading

from .bottling import BottlingLine
from .vat import Vat


def main():
    vat = Vat("vat 2", litres=500.0, capacity=2000.0)
    line = BottlingLine("glass pints", bottle_l=0.5)

    parlour = threading.Thread(target=vat.fill, args=(300.0, "morning milking"))
    filler = threading.Thread(target=line.draw_off, args=(vat, 200))
    parlour.start()
    filler.start()
    parlour.join()
    filler.join()

    expected = 500.0 + sum(l for _, l in vat.deliveries) - line.bottles * line.bottle_l
    print(f"delivered: {vat.deliveries}, bottled: {line.bottles} x {line.bottle_l} l")
    print(f"vat reading: {vat.reading()} l, expected {expected} l")
    if vat.reading() != expected:
        print("vat reading does not match deliveries and bottling")
        print("BUG SHOWN")
    else:
        print("vat balanced")


if __name__ == "__main__":
    main()
