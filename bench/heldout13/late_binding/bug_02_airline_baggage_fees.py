FARE_CLASSES = {
    "basic": {"included_bags": 0, "per_bag": 45.0},
    "main": {"included_bags": 1, "per_bag": 35.0},
    "business": {"included_bags": 2, "per_bag": 0.0},
}


class BaggagePolicy:
    def __init__(self, fare_classes):
        self.calculators = {
            name: lambda bags: max(bags - rules["included_bags"], 0) * rules["per_bag"]
            for name, rules in fare_classes.items()
        }

    def fee(self, fare_class, bags):
        return self.calculators[fare_class](bags)


class CheckInDesk:
    def __init__(self, policy):
        self.policy = policy
        self.receipts = []

    def check_in(self, passenger, fare_class, bags):
        amount = self.policy.fee(fare_class, bags)
        self.receipts.append((passenger, fare_class, bags, amount))
        return amount


def main():
    desk = CheckInDesk(BaggagePolicy(FARE_CLASSES))
    basic = desk.check_in("okafor", "basic", 2)
    main_cabin = desk.check_in("silva", "main", 2)
    assert basic == 0.0, basic
    assert main_cabin == 0.0, main_cabin
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
