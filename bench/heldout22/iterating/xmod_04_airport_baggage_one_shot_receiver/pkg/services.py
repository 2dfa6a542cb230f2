"""Services that listen to the carousel."""


class DisplayBoard:
    def __init__(self):
        self.messages = []

    def first_bag(self, carousel, flight, tag, weight_kg):
        self.messages.append(f"{flight}: first bags on belt {carousel}")


class SecurityScanner:
    def __init__(self, watchlist):
        self.watchlist = set(watchlist)
        self.scanned = []
        self.held = []

    def inspect(self, carousel, flight, tag, weight_kg):
        self.scanned.append(tag)
        if tag in self.watchlist or weight_kg > 32:
            self.held.append(tag)


class Counters:
    def __init__(self):
        self.bags = 0

    def count(self, **payload):
        self.bags += 1
