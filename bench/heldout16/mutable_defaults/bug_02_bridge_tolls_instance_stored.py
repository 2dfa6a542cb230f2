"""Bridge toll booth logs."""

RATES = {"car": 3.0, "van": 5.0, "truck": 11.5}


class TollLog:
    def __init__(self, booth_id, entries=[]):
        self.booth_id = booth_id
        self.entries = entries

    def record(self, plate, vehicle):
        self.entries.append((plate, vehicle, RATES[vehicle]))

    def takings(self):
        return sum(fee for _, _, fee in self.entries)


class Booth:
    def __init__(self, booth_id):
        self.log = TollLog(booth_id)

    def pass_vehicle(self, plate, vehicle):
        self.log.record(plate, vehicle)


class Bridge:
    def __init__(self, booth_ids):
        self.booths = {bid: Booth(bid) for bid in booth_ids}

    def shift_report(self):
        return {bid: booth.log.takings() for bid, booth in self.booths.items()}


def main():
    bridge = Bridge(["east", "west"])
    bridge.booths["east"].pass_vehicle("AB12", "car")
    bridge.booths["east"].pass_vehicle("CD34", "truck")
    bridge.booths["west"].pass_vehicle("EF56", "van")
    report = bridge.shift_report()
    print(report)
    if report != {"east": 14.5, "west": 5.0}:
        print("booth takings mixed together")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
