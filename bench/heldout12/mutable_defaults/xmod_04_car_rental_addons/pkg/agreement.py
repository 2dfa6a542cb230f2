from .addons import AddonSet


class RentalAgreement:
    def __init__(self, customer, vehicle, days, daily_rate, addons=AddonSet()):
        self.customer = customer
        self.vehicle = vehicle
        self.days = days
        self.daily_rate = daily_rate
        self.addons = addons

    def price(self):
        return self.days * (self.daily_rate + self.addons.daily_total()) + self.addons.flat_total()

    def summary(self):
        return f"{self.customer}: {self.vehicle} x{self.days}d addons={list(self.addons)} total={self.price()}"
