from .agreement import RentalAgreement


class OneWayRental(RentalAgreement):
    def __init__(self, customer, vehicle, days, daily_rate, drop_off):
        super().__init__(customer, vehicle, days, daily_rate)
        self.drop_off = drop_off
        self.addons.add("one-way-fee")


class WinterRental(RentalAgreement):
    def __init__(self, customer, vehicle, days, daily_rate):
        super().__init__(customer, vehicle, days, daily_rate)
        self.addons.add("snow-chains")
