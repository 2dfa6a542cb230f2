"""Crew rosters for rescue boats."""
from dataclasses import dataclass, field


@dataclass
class Launch:
    boat: str
    crew: list = field(default_factory=list)
    kit: dict = field(default_factory=dict)

    def board(self, name):
        self.crew.append(name)


def muster(boat, volunteers=None, checklist=None):
    volunteers = list(volunteers) if volunteers is not None else []
    checklist = dict(checklist or {})
    checklist.setdefault("flares", True)
    launch = Launch(boat, kit=checklist)
    for name in volunteers:
        launch.board(name)
    return launch


class Station:
    def __init__(self, name, boats=()):
        self.name = name
        self.boats = list(boats)
        self.launches = []

    def shout(self, volunteers=None):
        for boat in self.boats:
            self.launches.append(muster(boat, volunteers))
        return self.launches


def main():
    station = Station("Harbour", ["Atlantic 85", "Shannon"])
    first, second = station.shout(["Kai", "Rin"])
    first.board("Tess")
    lone = muster("D-class")
    lone.board("Ola")
    again = muster("D-class")
    assert second.crew == ["Kai", "Rin"], second.crew
    assert again.crew == [] and again.kit == {"flares": True}
    assert Launch("X").crew == []
    print("OK")


if __name__ == "__main__":
    main()
