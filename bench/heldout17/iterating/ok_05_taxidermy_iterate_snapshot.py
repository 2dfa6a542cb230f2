"""Taxidermy workshop: finished mounts leave the drying rack."""


class Mount:
    def __init__(self, specimen, dry_days):
        self.specimen = specimen
        self.dry_days = dry_days
        self.rack = None

    def check(self, day):
        if day >= self.dry_days:
            self.rack.remove(self)
            return True
        return False


class DryingRack:
    def __init__(self):
        self.mounts = []
        self.tags = {}
        self.done = []

    def add(self, mount):
        mount.rack = self
        self.mounts.append(mount)
        self.tags[mount.specimen] = mount.dry_days

    def remove(self, mount):
        self.mounts.remove(mount)
        self.done.append(mount.specimen)

    def inspect(self, day):
        for mount in list(self.mounts):
            mount.check(day)
        for specimen in [s for s, d in self.tags.items() if d <= day]:
            del self.tags[specimen]


def main():
    rack = DryingRack()
    for name, days in [("barn owl", 20), ("fox", 30), ("pheasant", 14), ("trout", 10), ("badger", 40)]:
        rack.add(Mount(name, days))
    rack.inspect(day=25)
    left = [m.specimen for m in rack.mounts]
    assert left == ["fox", "badger"], left
    assert rack.done == ["barn owl", "pheasant", "trout"]
    assert sorted(rack.tags) == ["badger", "fox"]
    print(left)
    print("OK")


if __name__ == "__main__":
    main()
