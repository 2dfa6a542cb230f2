"""Film archive: reels that are withdrawn remove themselves from their vault."""


class Reel:
    def __init__(self, title, year, nitrate):
        self.title = title
        self.year = year
        self.nitrate = nitrate
        self.vault = None

    def withdraw(self, reason):
        self.vault.reels.remove(self)
        self.vault.withdrawn.append((self.title, reason))
        self.vault = None


class Vault:
    def __init__(self, name):
        self.name = name
        self.reels = []
        self.withdrawn = []

    def shelve(self, reel):
        reel.vault = self
        self.reels.append(reel)


class Inspector:
    def __init__(self, vault):
        self.vault = vault

    def remove_nitrate(self):
        for reel in self.vault.reels:
            if reel.nitrate:
                reel.withdraw("nitrate base")


def main():
    vault = Vault("B2")
    for title, year, nitrate in [("Harbour Lights", 1931, True), ("Night Mail", 1936, True),
                                 ("Coal Face", 1935, False), ("Drifters", 1929, True),
                                 ("Song of Ceylon", 1934, True)]:
        vault.shelve(Reel(title, year, nitrate))
    Inspector(vault).remove_nitrate()
    left = [r.title for r in vault.reels]
    print("still shelved:", left)
    if any(r.nitrate for r in vault.reels):
        print("nitrate reels skipped by the inspection")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
