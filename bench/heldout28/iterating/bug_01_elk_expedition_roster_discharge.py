"""Elk expedition: field-team management for a wildlife survey.

At the end of each survey day the expedition leader runs a medical check:
members who fail it are discharged from the roster and queued for the
evacuation flight.
"""
from dataclasses import dataclass, field


@dataclass
class Member:
    name: str
    role: str
    blisters: int = 0
    fever: bool = False
    log: list = field(default_factory=list)


def fit_for_duty(member):
    return not member.fever and member.blisters < 3


class Expedition:
    def __init__(self, region):
        self.region = region
        self.roster = []
        self.medevac = []

    def enlist(self, *members):
        self.roster.extend(members)

    def _discharge(self, member, reason):
        self.roster.remove(member)
        member.log.append(f"discharged: {reason}")
        self.medevac.append(member)

    def end_of_day_check(self):
        for member in self.roster:
            if not fit_for_duty(member):
                reason = "fever" if member.fever else "blisters"
                self._discharge(member, reason)
        return len(self.medevac)

    def team_strength(self):
        return {member.role for member in self.roster}


def main():
    expedition = Expedition("Elk River headwaters")
    expedition.enlist(
        Member("Esme", "lead"),
        Member("Farid", "tracker", fever=True),
        Member("Gwen", "medic", blisters=4),
        Member("Hal", "radio"),
        Member("Ines", "photographer"),
    )
    evacuated = expedition.end_of_day_check()
    print(f"{evacuated} member(s) on the medevac flight:",
          [m.name for m in expedition.medevac])
    print("still in the field:", [m.name for m in expedition.roster])

    unfit = [m.name for m in expedition.roster if not fit_for_duty(m)]
    if unfit:
        print(f"unfit members left in the field: {unfit}")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
