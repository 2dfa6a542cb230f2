from .bookings import new_booking
from .extras import add_extra, extras_cost


def main():
    tent = new_booking("T4", 2)
    add_extra(tent, "firewood")
    van = new_booking("C9", 3)
    add_extra(van, "electric")
    print("tent extras", tent.extras, extras_cost(tent))
    print("van extras", van.extras, extras_cost(van))
    if van.extras != {"electric": 1}:
        print("campervan charged for the tent's firewood")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
