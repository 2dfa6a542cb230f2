import gc

from .orders import FINALISED, Order
from .reminders import attach_timeline, pending


def take_order(ref, bouquet, address):
    order = Order(ref, bouquet, address)
    attach_timeline(order)
    return order


def main():
    gc.disable()
    order = take_order("FL-77", "peonies", "4 Mill Lane")
    print("reminders pending:", pending(order))
    cancelled = order.ref
    del order
    print("finalised after cancel:", FINALISED)
    if cancelled not in FINALISED:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
