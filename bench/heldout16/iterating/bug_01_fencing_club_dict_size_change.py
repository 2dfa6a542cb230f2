"""Fencing club membership renewals."""


class Member:
    def __init__(self, name, weapon, paid_until):
        self.name = name
        self.weapon = weapon
        self.paid_until = paid_until


class Club:
    def __init__(self):
        self.members = {}
        self.lapsed = []

    def join(self, member):
        self.members[member.name] = member

    def lapse(self, name):
        member = self.members.pop(name)
        self.lapsed.append(member)

    def check_member(self, member, year):
        if member.paid_until < year:
            self.lapse(member.name)

    def annual_review(self, year):
        for name, member in self.members.items():
            self.check_member(member, year)
        return len(self.members)


def main():
    club = Club()
    for name, weapon, paid in [("Ines", "epee", 2027), ("Hugo", "foil", 2025),
                               ("Mae", "sabre", 2026), ("Olu", "foil", 2024)]:
        club.join(Member(name, weapon, paid))
    try:
        remaining = club.annual_review(2026)
        print("members after review:", remaining)
    except RuntimeError as exc:
        print("review crashed:", exc)
        print("lapsed so far:", [m.name for m in club.lapsed])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
