"""Running-order planner for touring circus troupes."""


class Act:
    def __init__(self, name, minutes, needs_ring=True):
        self.name = name
        self.minutes = minutes
        self.needs_ring = needs_ring


class Troupe:
    """A troupe books acts into its own running order."""

    acts = []
    interval_after = 4

    def __init__(self, name, big_top_minutes):
        self.name = name
        self.big_top_minutes = big_top_minutes

    def book(self, act):
        if self.running_time() + act.minutes > self.big_top_minutes:
            raise ValueError(f"{act.name} does not fit in {self.name}'s show")
        self.acts.append(act)
        return len(self.acts)

    def running_time(self):
        return sum(a.minutes for a in self.acts)

    def programme(self):
        lines = []
        for i, act in enumerate(self.acts, start=1):
            lines.append(f"{i}. {act.name} ({act.minutes} min)")
            if i == self.interval_after:
                lines.append("-- interval --")
        return lines


def plan_tour():
    north = Troupe("Northern Lights Circus", big_top_minutes=90)
    south = Troupe("Southern Cross Circus", big_top_minutes=60)
    north.book(Act("Trapeze Duo", 12))
    north.book(Act("Clown Car", 8))
    south.book(Act("Fire Eater", 10))
    try:
        south.book(Act("Stilt Walkers", 30))
        south.book(Act("Horse Vaulting", 15))
    except ValueError as exc:
        print("booking refused:", exc)
    return north, south


def main():
    north, south = plan_tour()
    print(north.name, north.programme())
    print(south.name, south.programme())
    if [a.name for a in south.acts][:1] != ["Fire Eater"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
