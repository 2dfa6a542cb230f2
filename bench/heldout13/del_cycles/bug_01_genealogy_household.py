import gc

RELEASED = []


class Individual:
    def __init__(self, name, archive_handle):
        self.name = name
        self.archive_handle = archive_handle
        self.parents = []
        self.children = []

    def add_child(self, child):
        self.children.append(child)
        child.parents.append(self)
        return child

    def __del__(self):
        RELEASED.append(self.name)


class Household:
    def __init__(self, surname):
        self.surname = surname
        self.head = None

    def found(self, first_name):
        self.head = Individual(f"{first_name} {self.surname}", archive_handle=object())
        return self.head

    def descendants(self):
        stack, seen = [self.head], []
        while stack:
            person = stack.pop()
            seen.append(person.name)
            stack.extend(person.children)
        return seen


def main():
    gc.disable()
    try:
        family = Household("Lindqvist")
        root = family.found("Astrid")
        root.add_child(Individual("Nils Lindqvist", object()))
        assert family.descendants() == ["Astrid Lindqvist", "Nils Lindqvist"]
        del root
        family.head = None
        assert RELEASED == [], RELEASED
        gc.collect()
        assert sorted(RELEASED) == ["Astrid Lindqvist", "Nils Lindqvist"], RELEASED
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
