SEASON_MULTIPLIER = {"low": 0.8, "mid": 1.0, "high": 1.35}
DEFAULT_SEASON = "mid"


class RateError(Exception):
    pass


class RateCard:
    BASE_RATES = {"single": 90, "double": 130, "suite": 260}

    def __init__(self):
        self.last_error = None

    def _base(self, room_type):
        try:
            base = type(self).BASE_RATES[room_type]
        except KeyError as exc:
            self.last_error = exc
            base = None
        if base is None:
            raise RateError(f"unknown room type {room_type!r}")
        return base

    def quote(self, room_type, nights, season=None):
        season = season or DEFAULT_SEASON
        if season == "high":
            surcharge = 25
        elif season == "mid":
            surcharge = 10
        else:
            surcharge = 0
        multiplier = SEASON_MULTIPLIER[season]
        return round((self._base(room_type) * multiplier + surcharge) * nights, 2)


class ReservationDesk:
    def __init__(self, card):
        self.card = card

    def price(self, room_type, nights, season=None):
        try:
            return self.card.quote(room_type, nights, season)
        except RateError as err:
            problem = err
        return f"unavailable: {problem}"


def main():
    desk = ReservationDesk(RateCard())
    assert desk.price("double", 2) == 280.0
    assert desk.price("suite", 1, "low") == 208.0
    assert desk.price("penthouse", 3).startswith("unavailable")
    assert isinstance(desk.card.last_error, KeyError)
    print("OK")


if __name__ == "__main__":
    main()
