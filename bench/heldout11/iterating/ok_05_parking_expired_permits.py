import datetime as dt


class Permit:
    def __init__(self, plate, bay, expires):
        self.plate = plate
        self.bay = bay
        self.expires = expires


class PermitOffice:
    def __init__(self):
        self.permits = {}
        self.waitlist = []
        self.notices = []

    def issue(self, plate, bay, expires):
        self.permits[plate] = Permit(plate, bay, expires)

    def revoke(self, plate, reason):
        permit = self.permits.pop(plate)
        self.notices.append((plate, reason))
        return permit.bay

    def expire(self, today):
        freed = []
        for plate, permit in list(self.permits.items()):
            if permit.expires < today:
                freed.append(self.revoke(plate, "expired"))
        self.waitlist = [w for w in self.waitlist if w not in self.permits]
        for bay in freed:
            if self.waitlist:
                self.issue(self.waitlist.pop(0), bay, today + dt.timedelta(days=30))
        return freed


if __name__ == "__main__":
    today = dt.date(2024, 6, 1)
    office = PermitOffice()
    office.issue("AB12", "B1", dt.date(2024, 5, 1))
    office.issue("CD34", "B2", dt.date(2024, 7, 1))
    office.issue("EF56", "B3", dt.date(2024, 5, 31))
    office.waitlist = ["GH78", "CD34"]
    freed = office.expire(today)
    assert freed == ["B1", "B3"]
    assert sorted(office.permits) == ["CD34", "GH78"]
    assert office.permits["GH78"].bay == "B1"
    assert office.notices == [("AB12", "expired"), ("EF56", "expired")]
    print("OK")
