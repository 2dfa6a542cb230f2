"""Sculpture foundry: each casting process keeps a registry of its alloys."""


class CastingProcess:
    alloys = {}

    @classmethod
    def register_alloy(cls, name, melt_point):
        cls.alloys[name] = melt_point
        return name

    @classmethod
    def known_alloys(cls):
        return sorted(cls.alloys)

    def __init__(self, piece):
        self.piece = piece

    def pour_temperature(self, alloy):
        return self.alloys[alloy] + self.superheat


class LostWax(CastingProcess):
    superheat = 120


class SandCasting(CastingProcess):
    superheat = 80


def load_catalogue():
    LostWax.register_alloy("silicon bronze", 1025)
    LostWax.register_alloy("sterling", 893)
    SandCasting.register_alloy("aluminium A356", 615)
    SandCasting.register_alloy("cast iron", 1150)


class Foundry:
    def __init__(self):
        self.jobs = []

    def quote(self, process_cls, piece):
        job = process_cls(piece)
        self.jobs.append(job)
        return process_cls.known_alloys()


def main():
    load_catalogue()
    foundry = Foundry()
    options = foundry.quote(LostWax, "Heron, 1.2m")
    print("lost-wax alloys:", options)
    if options != ["silicon bronze", "sterling"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
