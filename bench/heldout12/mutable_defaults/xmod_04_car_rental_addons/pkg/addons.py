ADDON_PRICES = {"child-seat": 8, "gps": 6, "one-way-fee": 75, "snow-chains": 5, "extra-driver": 12}


class AddonSet:
    def __init__(self, codes=()):
        self._codes = []
        for code in codes:
            self.add(code)

    def add(self, code):
        if code not in ADDON_PRICES:
            raise KeyError(code)
        if code not in self._codes:
            self._codes.append(code)

    def daily_total(self):
        return sum(ADDON_PRICES[c] for c in self._codes if c != "one-way-fee")

    def flat_total(self):
        return ADDON_PRICES["one-way-fee"] if "one-way-fee" in self._codes else 0

    def __iter__(self):
        return iter(self._codes)
