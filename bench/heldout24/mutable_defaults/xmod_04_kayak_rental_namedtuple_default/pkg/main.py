"""Morning at the lakeside hut."""
from .desk import RentalDesk


def main():
    desk = RentalDesk("Loch Lomond north shore")
    _, first_price = desk.quote_for("Iona", "touring single", 3, wants=("dry bag", "spray deck"))
    second, second_price = desk.quote_for("Hamza", "sit-on-top", 2)
    for line, amount in desk.summary():
        print(f"{line}: GBP {amount}")
    expected = 14 * 2
    if second.extras or second_price != expected:
        print(f"Hamza was quoted GBP {second_price} with extras {second.extras}, "
              f"expected GBP {expected} and none")
        print("BUG SHOWN")
    else:
        print(f"quotes ok ({first_price}, {second_price})")


if __name__ == "__main__":
    main()
