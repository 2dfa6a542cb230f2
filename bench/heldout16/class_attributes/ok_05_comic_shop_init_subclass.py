"""Comic shop catalogue: each shelf type has its own registry."""


class Shelf:
    section = "general"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry = []

    def __init__(self, label):
        self.label = label
        self.issues = []
        type(self).registry.append(label)

    def stock(self, title, number):
        self.issues.append((title, number))
        return self


class MangaShelf(Shelf):
    section = "manga"


class IndieShelf(Shelf):
    section = "indie"


class PullList:
    def __init__(self, customer, titles=()):
        self.customer = customer
        self.titles = list(titles)

    def want(self, title):
        self.titles.append(title)


def main():
    m = MangaShelf("M1").stock("Akira", 3)
    i = IndieShelf("I1").stock("Bone", 12)
    MangaShelf("M2")
    assert MangaShelf.registry == ["M1", "M2"]
    assert IndieShelf.registry == ["I1"]
    assert m.issues == [("Akira", 3)] and i.issues == [("Bone", 12)]
    a, b = PullList("ann"), PullList("bo")
    a.want("Saga")
    assert b.titles == []
    print(MangaShelf.registry, IndieShelf.registry)
    print("OK")


if __name__ == "__main__":
    main()
