"""Order totals for a greeting cards shop: the careful version."""

import functools

BULK_DISCOUNT = 0.10


def counted(func):
    calls = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


class Card:
    def __init__(self, design, price):
        self.design = design
        self.price = price


class OrderDesk:
    def __init__(self):
        self.history = []

    @counted
    def total(self, cards):
        discount = BULK_DISCOUNT if len(cards) >= 10 else 0.0
        subtotal = sum(c.price for c in cards)
        return round(subtotal * (1 - discount), 2)

    def last_design(self, cards):
        latest = None
        for card in cards:
            if card.price > 0:
                latest = card
        return latest.design if latest is not None else "(none)"

    def submit(self, cards, printer):
        failure = None
        for attempt in range(3):
            try:
                return printer(cards)
            except IOError as error:
                failure = error
        raise RuntimeError("printer unavailable") from failure


def flaky_printer(fail_times):
    state = {"left": fail_times}

    def printer(cards):
        if state["left"]:
            state["left"] -= 1
            raise IOError("paper jam")
        return f"printed {len(cards)} cards"

    return printer


def main():
    desk = OrderDesk()
    cards = [Card("Birthday fox", 2.5) for _ in range(12)]
    assert desk.total(cards) == 27.0
    assert desk.total(cards[:2]) == 5.0
    assert OrderDesk.total.calls == 2
    assert desk.last_design([]) == "(none)"
    assert desk.last_design(cards) == "Birthday fox"
    assert desk.submit(cards, flaky_printer(2)) == "printed 12 cards"
    try:
        desk.submit(cards, flaky_printer(5))
    except RuntimeError as exc:
        assert isinstance(exc.__cause__, IOError)
    print("OK")


if __name__ == "__main__":
    main()
