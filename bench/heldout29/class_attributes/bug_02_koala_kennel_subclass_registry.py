"""Koala kennel: care routines for a wildlife boarding kennel.

Each enclosure type registers its own feeding and cleaning routines with
a decorator; the daily rota asks an enclosure class for its routines.
"""
from collections import OrderedDict


class Enclosure:
    routines = OrderedDict()

    @classmethod
    def routine(cls, name):
        def register(func):
            cls.routines[name] = func
            return func
        return register

    def __init__(self, label, residents):
        self.label = label
        self.residents = residents

    def daily_rota(self):
        return [(name, func(self)) for name, func in type(self).routines.items()]


class KoalaEnclosure(Enclosure):
    pass


class WombatEnclosure(Enclosure):
    pass


@KoalaEnclosure.routine("feed")
def koala_feed(enclosure):
    return f"{len(enclosure.residents) * 800} g eucalyptus in {enclosure.label}"


@KoalaEnclosure.routine("climbing-check")
def koala_climbing(enclosure):
    return f"inspect forks and branches in {enclosure.label}"


@WombatEnclosure.routine("feed")
def wombat_feed(enclosure):
    return f"{len(enclosure.residents) * 500} g native grass in {enclosure.label}"


@WombatEnclosure.routine("burrow-check")
def wombat_burrow(enclosure):
    return f"check burrow entrance in {enclosure.label}"


def main():
    koalas = KoalaEnclosure("K1", ["Kip", "Kora"])
    wombats = WombatEnclosure("W1", ["Wally"])
    koala_rota = dict(koalas.daily_rota())
    wombat_rota = dict(wombats.daily_rota())
    print("koala rota:", koala_rota)
    print("wombat rota:", wombat_rota)
    if "burrow-check" in koala_rota or "grass" in koala_rota.get("feed", ""):
        print("koalas are scheduled for wombat care:", list(koala_rota))
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
