from .bidding import run_session
from .models import Furniture, Painting
from .rules import prepare_catalogue


def main():
    lots = prepare_catalogue([
        Painting(12, "harbour at dusk", "M. Aalto", 18000, 25000),
        Furniture(13, "oak writing desk", 400, 600),
        Furniture(14, "pair of side chairs", 150, 250),
    ])
    desk = lots[1]
    winner = run_session(desk, ["paddle 7", "paddle 31"], rounds=4)
    print(f"{desk}: settings {desk.settings}")
    print(f"  won by {winner[0]} at {winner[1]}, total {desk.hammer_total()}")

    if desk.settings["increment"] != 10 or winner[1] > 1000:
        print("the desk was auctioned in 500 EUR steps meant for the painting")
        print("BUG SHOWN")
    else:
        print("house rules applied per lot")


if __name__ == "__main__":
    main()
