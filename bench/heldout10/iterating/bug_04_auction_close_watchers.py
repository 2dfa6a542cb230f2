class Watcher:
    def __init__(self, user, auto_unwatch=True):
        self.user = user
        self.auto_unwatch = auto_unwatch
        self.notices = []

    def __hash__(self):
        return hash(self.user)

    def __eq__(self, other):
        return isinstance(other, Watcher) and other.user == self.user


class AuctionLot:
    def __init__(self, lot_id):
        self.lot_id = lot_id
        self.watchers = set()
        self.closed = False
        self._close_hooks = []

    def watch(self, watcher):
        self.watchers.add(watcher)

    def unwatch(self, watcher):
        self.watchers.discard(watcher)

    def on_close(self, hook):
        self._close_hooks.append(hook)

    def close(self, winning_bid):
        self.closed = True
        for watcher in self.watchers:
            for hook in self._close_hooks:
                hook(self, watcher, winning_bid)


def notify_and_unwatch(lot, watcher, bid):
    watcher.notices.append(f"lot {lot.lot_id} sold for {bid}")
    if watcher.auto_unwatch:
        lot.unwatch(watcher)


def main():
    lot = AuctionLot("A-204")
    lot.on_close(notify_and_unwatch)
    for user in ("mia", "raj", "zoe"):
        lot.watch(Watcher(user))
    try:
        lot.close(1250)
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        assert lot.closed and len(lot.watchers) == 2
        print("BUG SHOWN")
        return
    raise AssertionError("close completed")


if __name__ == "__main__":
    main()
