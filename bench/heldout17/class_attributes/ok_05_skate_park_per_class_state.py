"""Skate park sessions: per-subclass registries and per-instance rosters."""


class Zone:
    capacity = 10
    visits = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.features = []

    @classmethod
    def add_feature(cls, name):
        cls.features.append(name)

    def __init__(self, label):
        self.label = label
        self.roster = []

    def enter(self, skater):
        if len(self.roster) >= self.capacity:
            return False
        self.roster.append(skater)
        self.visits += 1
        return True


class Bowl(Zone):
    capacity = 2


class StreetCourse(Zone):
    pass


def main():
    Bowl.add_feature("deep end")
    StreetCourse.add_feature("hubba ledge")
    StreetCourse.add_feature("kinked rail")
    b1, b2 = Bowl("bowl A"), Bowl("bowl B")
    for s in ["Kai", "Rio", "Zed"]:
        b1.enter(s)
    b2.enter("Lu")
    assert b1.roster == ["Kai", "Rio"] and b2.roster == ["Lu"]
    assert b1.visits == 2 and b2.visits == 1 and Zone.visits == 0
    assert Bowl.features == ["deep end"]
    assert StreetCourse.features == ["hubba ledge", "kinked rail"]
    print(Bowl.features, StreetCourse.features, b1.roster, b2.roster)
    print("OK")


if __name__ == "__main__":
    main()
