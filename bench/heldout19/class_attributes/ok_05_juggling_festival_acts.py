"""Act registry for a juggling festival: each category keeps its own state."""


class Act:
    registry = None
    DEFAULT_PROPS = ("balls",)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry = {}

    def __init__(self, name, props=None):
        self.name = name
        self.props = list(props if props is not None else self.DEFAULT_PROPS)
        self.slots = []
        type(self).registry[name] = self

    def add_prop(self, prop):
        self.props.append(prop)

    def book(self, stage, time):
        self.slots.append((stage, time))


class ClubAct(Act):
    DEFAULT_PROPS = ("clubs",)


class FireAct(Act):
    DEFAULT_PROPS = ("torches", "fuel")


def main():
    a = ClubAct("Spinning Sisters")
    b = ClubAct("Duo Vertigo")
    c = FireAct("Blaze")
    a.add_prop("unicycle")
    a.book("Main tent", "14:00")
    assert b.props == ["clubs"] and b.slots == []
    assert a.props == ["clubs", "unicycle"]
    assert c.props == ["torches", "fuel"]
    assert set(ClubAct.registry) == {"Spinning Sisters", "Duo Vertigo"}
    assert set(FireAct.registry) == {"Blaze"}
    print("OK")


if __name__ == "__main__":
    main()
