"""Ticket tout watchlist kept by a venue's security team."""


class Tout:
    def __init__(self, alias, sightings={}):
        self.alias = alias
        self.sightings = sightings

    def seen(self, venue, count=1):
        self.sightings[venue] = self.sightings.get(venue, 0) + count

    def total(self):
        return sum(self.sightings.values())


class Watchlist:
    def __init__(self):
        self.touts = {}

    def tout(self, alias):
        if alias not in self.touts:
            self.touts[alias] = Tout(alias)
        return self.touts[alias]

    def report(self, venue, alias, count=1):
        self.tout(alias).seen(venue, count)

    def worst(self):
        return max(self.touts.values(), key=Tout.total)


def main():
    wl = Watchlist()
    wl.report("Arena", "Sly", 3)
    wl.report("Stadium", "Sly", 1)
    wl.report("Arena", "Nobby", 1)
    nobby = wl.tout("Nobby")
    print("Nobby sightings:", nobby.sightings)
    if nobby.total() != 1:
        print(f"Nobby was seen once but the list says {nobby.total()}")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
