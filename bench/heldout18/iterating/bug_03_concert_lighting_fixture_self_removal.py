"""Lighting rig for a concert: fixtures fade and leave the active set."""


class Fixture:
    def __init__(self, rig, name, level):
        self.rig = rig
        self.name = name
        self.level = level
        rig.attach(self)

    def step(self, delta):
        self.level = max(0, self.level - delta)
        if self.level == 0:
            self.blackout()

    def blackout(self):
        self.rig.detach(self)

    def __repr__(self):
        return f"{self.name}:{self.level}"


class Rig:
    def __init__(self):
        self.live = set()
        self.dark = []

    def attach(self, fixture):
        self.live.add(fixture)

    def detach(self, fixture):
        self.live.discard(fixture)
        self.dark.append(fixture.name)

    def fade(self, delta):
        for fixture in self.live:
            fixture.step(delta)


class Cue:
    def __init__(self, rig, fades):
        self.rig = rig
        self.fades = fades

    def go(self):
        for delta in self.fades:
            self.rig.fade(delta)


def main():
    rig = Rig()
    for name, level in [("wash-L", 40), ("wash-R", 40), ("spot-1", 100),
                        ("spot-2", 90), ("strobe", 10)]:
        Fixture(rig, name, level)
    try:
        Cue(rig, [20, 20, 60]).go()
    except RuntimeError as exc:
        print("cue stopped:", exc)
        print("dark:", rig.dark)
        if "Set changed size during iteration" in str(exc):
            print("BUG SHOWN")
        return
    print("cue done", rig.dark)


if __name__ == "__main__":
    main()
