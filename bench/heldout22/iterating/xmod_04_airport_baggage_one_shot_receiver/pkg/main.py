from .carousel import Carousel, bag_on_belt
from .services import Counters, DisplayBoard, SecurityScanner


def main():
    board = DisplayBoard()
    scanner = SecurityScanner(watchlist={"AB1042"})
    counters = Counters()

    bag_on_belt.connect(board.first_bag, once=True)
    bag_on_belt.connect(scanner.inspect)
    bag_on_belt.connect(counters.count)

    belt = Carousel(3, "BA 1407")
    for tag, kg in [("AB1042", 21.0), ("AB1043", 18.5), ("AB1044", 34.0)]:
        belt.load(tag, kg)

    print(f"board: {board.messages}")
    print(f"scanned: {scanner.scanned}, held: {scanner.held}, counted: {counters.bags}")
    if len(scanner.scanned) != len(belt.loaded):
        missed = [t for t in belt.loaded if t not in scanner.scanned]
        print(f"bags that reached passengers unscanned: {missed}")
        print("BUG SHOWN")
    else:
        print("all bags scanned")


if __name__ == "__main__":
    main()
