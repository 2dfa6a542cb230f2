from .counters import HarbourCounter, MarinaCounter


def main():
    harbour = HarbourCounter("East Quay")
    marina = MarinaCounter(berth_count=120)
    harbour.receive("shackle", 40)
    harbour.receive("hurricane lamp", 3)
    marina.receive("fender", 10)
    marina.sell("fender", 2)
    print("marina stock:", marina.stock)
    try:
        marina.sell("shackle", 5)
        sold_phantom = True
    except ValueError:
        sold_phantom = False
    if sold_phantom or marina.stock != {"fender": 8}:
        print("marina sold shackles it never received:", sold_phantom)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
