"""Session tracking for a roller rink."""


class Rink:
    capacity = 120           # immutable default, shadowed per instance when changed
    sessions_run = 0

    def __init__(self, name):
        self.name = name
        self.skaters = []
        self.rentals = {}

    def admit(self, skater, boot_size=None):
        if len(self.skaters) >= self.capacity:
            return False
        self.skaters.append(skater)
        if boot_size:
            self.rentals[skater] = boot_size
        return True

    def close_session(self):
        self.sessions_run += 1
        self.skaters = []


class Registry:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.members = {}

    @classmethod
    def register(cls, key, value):
        cls.members[key] = value


class DiscoNight(Registry):
    pass


class KidsClub(Registry):
    pass


def main():
    a, b = Rink("Main"), Rink("Annex")
    a.capacity = 1
    a.admit("Zed", 42)
    assert not a.admit("Yan")
    b.admit("Xia")
    a.close_session()
    assert b.skaters == ["Xia"] and b.rentals == {}
    assert a.sessions_run == 1 and b.sessions_run == 0 and Rink.capacity == 120
    DiscoNight.register("dj", "Vee")
    KidsClub.register("coach", "Uma")
    assert DiscoNight.members == {"dj": "Vee"} and KidsClub.members == {"coach": "Uma"}
    print("OK")


if __name__ == "__main__":
    main()
