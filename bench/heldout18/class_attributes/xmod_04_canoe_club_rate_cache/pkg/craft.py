from .pricing import RateCard


class Craft(RateCard):
    def __init__(self, name, seats):
        self.name = name
        self.seats = seats


class Canoe(Craft):
    hourly = 14.0


class Kayak(Craft):
    hourly = 9.0


class Paddleboard(Craft):
    hourly = 7.5
