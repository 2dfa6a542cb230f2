import threading


class BidLedger:
    def __init__(self, observer=None):
        self.bid_counts = {}
        self.top_bids = {}
        self._locks = {}
        self.observer = observer or (lambda lot, count: None)

    def _lock_for(self, lot_id):
        return self._locks.get(lot_id, threading.Lock())

    def record_bid(self, lot_id, bidder, amount):
        with self._lock_for(lot_id):
            count = self.bid_counts.get(lot_id, 0)
            self.observer(lot_id, count)
            self.bid_counts[lot_id] = count + 1
            best = self.top_bids.get(lot_id)
            if best is None or amount > best[1]:
                self.top_bids[lot_id] = (bidder, amount)


class AuctionRoom:
    def __init__(self, ledger):
        self.ledger = ledger

    def bid(self, lot_id, bidder, amount):
        self.ledger.record_bid(lot_id, bidder, amount)


def main():
    barrier = threading.Barrier(2, timeout=5)
    ledger = BidLedger(observer=lambda lot, count: barrier.wait())
    room = AuctionRoom(ledger)
    threads = [threading.Thread(target=room.bid, args=("vase", who, amt))
               for who, amt in (("ivy", 300), ("oto", 320))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ledger.bid_counts["vase"] == 1, ledger.bid_counts
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
