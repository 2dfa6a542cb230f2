class Driver:
    def __init__(self, driver_id, vehicle, badges):
        self.driver_id = driver_id
        self.vehicle = vehicle
        self.badges = badges

    @classmethod
    def from_record(cls, record, badges=set()):
        driver = cls(record["id"], record["vehicle"], badges)
        if record.get("rating", 0) >= 4.9:
            driver.award("top-rated")
        if record.get("ev"):
            driver.award("zero-emission")
        return driver

    def award(self, badge):
        self.badges.add(badge)


class Dispatcher:
    def __init__(self):
        self.roster = {}

    def onboard(self, records):
        for record in records:
            driver = Driver.from_record(record)
            self.roster[driver.driver_id] = driver

    def eligible_for(self, badge):
        return sorted(d for d, drv in self.roster.items() if badge in drv.badges)


def main():
    dispatcher = Dispatcher()
    dispatcher.onboard([
        {"id": "d1", "vehicle": "Leaf", "rating": 4.95, "ev": True},
        {"id": "d2", "vehicle": "Camry", "rating": 4.4},
        {"id": "d3", "vehicle": "Prius", "rating": 4.7},
    ])
    top = dispatcher.eligible_for("top-rated")
    green = dispatcher.eligible_for("zero-emission")
    assert top == ["d1", "d2", "d3"], top
    assert green == ["d1", "d2", "d3"], green
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
