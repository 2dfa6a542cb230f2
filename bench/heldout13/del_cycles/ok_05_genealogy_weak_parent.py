import gc
import weakref

RELEASED = []


class Individual:
    def __init__(self, name):
        self.name = name
        self._parents = []
        self.children = []

    @property
    def parents(self):
        return [p for p in (ref() for ref in self._parents) if p is not None]

    def add_child(self, child):
        self.children.append(child)
        child._parents.append(weakref.ref(self))
        return child

    def __del__(self):
        RELEASED.append(self.name)


class Household:
    def __init__(self, surname):
        self.surname = surname
        self.head = None

    def found(self, first_name):
        self.head = Individual(f"{first_name} {self.surname}")
        return self.head


def main():
    gc.disable()
    try:
        family = Household("Lindqvist")
        root = family.found("Astrid")
        nils = root.add_child(Individual("Nils Lindqvist"))
        assert [p.name for p in nils.parents] == ["Astrid Lindqvist"]
        del root, nils
        family.head = None
        assert sorted(RELEASED) == ["Astrid Lindqvist", "Nils Lindqvist"], RELEASED
    finally:
        gc.enable()
    print("OK")


if __name__ == "__main__":
    main()
