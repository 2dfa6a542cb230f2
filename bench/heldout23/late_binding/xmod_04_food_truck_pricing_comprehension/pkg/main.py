from .menu import load_menu
from .pricing import build_price_table
from .promotions import apply_promotions
from .tickets import ring_up


def main() -> None:
    menu = load_menu()
    prices = apply_promotions(build_price_table(menu), bundle_codes=["TACO"])
    order = [("TACO", 3), ("BURR", 1), ("HORC", 2)]
    lines, total = ring_up(order, menu, prices)
    for line in lines:
        print(line)
    print(f"TOTAL {total / 100:.2f}")

    expected = 2 * 350 + 850 + 2 * 400
    if total != expected:
        print(f"expected {expected / 100:.2f}: every item was charged at the "
              f"last board price")
        print("BUG SHOWN")
        return
    print("ticket correct")


if __name__ == "__main__":
    main()
