from datetime import date


class MileageAward:
    def __init__(self, code, miles, expires):
        self.code = code
        self.miles = miles
        self.expires = expires

    def expired(self, today):
        return today > self.expires


class Member:
    def __init__(self, number, tier):
        self.number = number
        self.tier = tier
        self.awards = []
        self.statement = []

    def credit(self, award):
        self.awards.append(award)

    def forfeit(self, award, today):
        self.awards.remove(award)
        self.statement.append((today.isoformat(), award.code, -award.miles))

    def balance(self):
        return sum(a.miles for a in self.awards)


class ExpiryJob:
    def __init__(self, today):
        self.today = today

    def run(self, member):
        if member.tier == "lifetime":
            return
        for award in member.awards:
            if award.expired(self.today):
                member.forfeit(award, self.today)


def main():
    m = Member("LH-99201734", "silver")
    m.credit(MileageAward("FRA-JFK", 4200, date(2025, 6, 30)))
    m.credit(MileageAward("JFK-FRA", 4200, date(2025, 7, 14)))
    m.credit(MileageAward("partner-hotel", 1500, date(2027, 1, 1)))
    ExpiryJob(date(2026, 1, 1)).run(m)

    remaining = [a.code for a in m.awards]
    assert remaining == ["JFK-FRA", "partner-hotel"], remaining
    assert m.balance() == 5700
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
