from decimal import Decimal, InvalidOperation


class Lot:
    def __init__(self, lot_id, reserve):
        self.lot_id = lot_id
        self.highest = Decimal(reserve)
        self.rejected = []
        self.history = []

    def _parse(self, raw):
        return Decimal(raw.replace("$", "").replace(",", ""))

    def place_bid(self, bidder, raw):
        try:
            amount = self._parse(raw)
        except InvalidOperation:
            self.rejected.append((bidder, raw))
        if amount > self.highest:
            self.highest = amount
            self.history.append((bidder, amount))
            return True
        return False


class AuctionHouse:
    def __init__(self):
        self.lots = {}

    def list_lot(self, lot_id, reserve):
        self.lots[lot_id] = Lot(lot_id, reserve)

    def submit(self, lot_id, bidder, raw_amount):
        return self.lots[lot_id].place_bid(bidder, raw_amount)


def main():
    house = AuctionHouse()
    house.list_lot("L-17", "250")
    assert house.submit("L-17", "ana", "$300")
    try:
        house.submit("L-17", "bo", "three hundred fifty")
    except UnboundLocalError as exc:
        assert "amount" in str(exc)
        assert house.lots["L-17"].rejected == [("bo", "three hundred fifty")]
        print("BUG SHOWN")
        return
    raise AssertionError("bad bid handled")


if __name__ == "__main__":
    main()
