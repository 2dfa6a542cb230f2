"""Running an art auction: bids, increments and a closing report."""

commission_rate = 0.12


class BidRejected(Exception):
    pass


def set_commission(rate):
    global commission_rate
    commission_rate = rate


def make_paddle_counter():
    issued = 0

    def next_paddle():
        nonlocal issued
        issued += 1
        return issued

    return next_paddle


class Lot:
    MIN_INCREMENT = 50
    CURRENCY = "GBP"
    label = staticmethod(lambda lot_no, title: f"Lot {lot_no}: {title}")

    def __init__(self, number, title, reserve):
        self.number = number
        self.title = title
        self.reserve = reserve
        self.bids = []

    def bid(self, paddle, amount):
        floor = self.bids[-1][1] + self.MIN_INCREMENT if self.bids else self.reserve
        if amount < floor:
            raise BidRejected(f"{amount} below {floor}")
        self.bids.append((paddle, amount))


def hammer(lot):
    winner = None
    last_error = None
    for paddle, amount in lot.bids:
        try:
            if amount < lot.reserve:
                raise BidRejected("under reserve")
            winner = (paddle, amount)
        except BidRejected as exc:
            last_error = exc
    if winner is None:
        return None, last_error
    discount = 0.0
    if winner[1] > 10_000:
        discount = 0.02
    fee = winner[1] * (commission_rate - discount)
    return winner, round(fee, 2)


def main():
    next_paddle = make_paddle_counter()
    a, b = next_paddle(), next_paddle()
    set_commission(0.15)
    lot = Lot(7, "Harbour at dusk", 2_000)
    lot.bid(a, 2_000)
    lot.bid(b, 2_500)
    rejection = None
    try:
        lot.bid(a, 2_510)
    except BidRejected as exc:
        rejection = str(exc)
    print(Lot.label(lot.number, lot.title), "->", hammer(lot), "|", rejection)
    empty = Lot(8, "Still life", 500)
    print(hammer(empty))
    print("OK")


if __name__ == "__main__":
    main()
