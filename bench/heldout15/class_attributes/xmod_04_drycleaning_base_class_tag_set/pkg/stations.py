from .base import Counter

PRICES = {"suit": 14.0, "shirt": 3.5, "dress": 12.0, "coat": 18.0}


class StandardCounter(Counter):
    def price(self, garment):
        return PRICES[garment]

    def take_in(self, customer, garment):
        tag = self.issue_tag()
        self.garments[tag] = (customer, garment, self.price(garment))
        return tag


class ExpressCounter(StandardCounter):
    turnaround_days = 1

    def price(self, garment):
        return round(PRICES[garment] * 1.5, 2)
