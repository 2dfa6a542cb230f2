SURGE_CAP = 3.0
BASE_FARE = 2.5


class RideRequest:
    def __init__(self, km, minutes, tier, demand_ratio):
        self.km = km
        self.minutes = minutes
        self.tier = tier
        self.demand_ratio = demand_ratio


class FareQuoter:
    PER_KM = {"pool": 0.9, "standard": 1.2, "premium": 2.1}
    PER_MINUTE = 0.25

    def __init__(self):
        self.quotes = []

    def surge(self, request):
        global SURGE_CAP
        if request.demand_ratio > 4:
            SURGE_CAP = 3.5
        multiplier = min(max(request.demand_ratio, 1.0), SURGE_CAP)
        return multiplier

    def quote(self, request):
        rate = self.PER_KM.get(request.tier)
        if rate is None:
            label = "unavailable"
        elif request.tier == "premium":
            label = "black car"
        else:
            label = request.tier
        fare = None
        try:
            fare = (BASE_FARE + request.km * rate + request.minutes * self.PER_MINUTE) * self.surge(request)
        except TypeError as exc:
            reason = str(exc)
        else:
            reason = None
        self.quotes.append((label, None if fare is None else round(fare, 2), reason))
        return self.quotes[-1]


def main():
    quoter = FareQuoter()
    assert quoter.quote(RideRequest(10, 20, "standard", 1.0)) == ("standard", 19.5, None)
    assert quoter.quote(RideRequest(10, 20, "premium", 5.0))[:2] == ("black car", round((2.5 + 21 + 5) * 3.5, 2))
    label, fare, reason = quoter.quote(RideRequest(3, 5, "helicopter", 1.0))
    assert label == "unavailable" and fare is None and reason is not None
    assert SURGE_CAP == 3.5
    print("OK")


if __name__ == "__main__":
    main()
