"""Till buttons for a school canteen."""
from functools import partial


class Till:
    def __init__(self):
        self.sales = []

    def ring(self, item, price, qty=1):
        self.sales.append((item, price * qty))


MENU = {"soup": 1.2, "pasta": 2.5, "fruit": 0.6}


def build_buttons(till, menu):
    buttons = {}
    for item, price in menu.items():
        buttons[item] = partial(till.ring, item, price)
    return buttons


def build_quick_keys(till, menu):
    return [lambda qty=2, item=item, price=price: till.ring(item, price, qty)
            for item, price in menu.items()]


def make_handler(till, item):
    def handler():
        till.ring(item, MENU[item])
    return handler


def main():
    till = Till()
    buttons = build_buttons(till, MENU)
    buttons["soup"]()
    buttons["fruit"](qty=3)
    build_quick_keys(till, MENU)[1]()
    handlers = [make_handler(till, item) for item in MENU]
    handlers[0]()
    assert till.sales == [("soup", 1.2), ("fruit", 0.6 * 3), ("pasta", 5.0), ("soup", 1.2)], till.sales
    print("OK")


if __name__ == "__main__":
    main()
