"""Lot models.  Every lot has bidding settings (currency, increment,
buyer's premium) which start from the house defaults."""


class Lot:
    settings = {"currency": "EUR", "increment": 10, "premium_pct": 20, "reserve": 0}

    def __init__(self, number, title, estimate_low, estimate_high):
        self.number = number
        self.title = title
        self.estimate = (estimate_low, estimate_high)
        self.bids = []

    def next_bid(self):
        current = self.bids[-1][1] if self.bids else self.estimate[0]
        return current + self.settings["increment"]

    def hammer_total(self):
        if not self.bids:
            return 0
        hammer = self.bids[-1][1]
        return round(hammer * (1 + self.settings["premium_pct"] / 100), 2)

    def __repr__(self):
        return f"Lot {self.number} ({self.title})"


class Painting(Lot):
    def __init__(self, number, title, artist, low, high):
        super().__init__(number, title, low, high)
        self.artist = artist


class Furniture(Lot):
    pass
