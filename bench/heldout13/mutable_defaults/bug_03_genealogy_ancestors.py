class Person:
    def __init__(self, name, mother=None, father=None):
        self.name = name
        self.mother = mother
        self.father = father

    def parents(self):
        return [p for p in (self.mother, self.father) if p is not None]


def collect_ancestors(person, seen=set()):
    for parent in person.parents():
        if parent.name in seen:
            continue
        seen.add(parent.name)
        collect_ancestors(parent, seen)
    return seen


class FamilyTree:
    def __init__(self):
        self.people = {}

    def add(self, name, mother=None, father=None):
        person = Person(name, self.people.get(mother), self.people.get(father))
        self.people[name] = person
        return person

    def ancestors_of(self, name):
        return sorted(collect_ancestors(self.people[name]))


def main():
    tree = FamilyTree()
    tree.add("Ada")
    tree.add("Ben")
    tree.add("Cleo", mother="Ada", father="Ben")
    tree.add("Dev")
    tree.add("Eve", mother="Cleo", father="Dev")
    tree.add("Finn")
    tree.add("Gus")
    tree.add("Hana", mother="Finn", father="Gus")
    first = tree.ancestors_of("Eve")
    assert first == ["Ada", "Ben", "Cleo", "Dev"], first
    second = tree.ancestors_of("Hana")
    assert second == ["Ada", "Ben", "Cleo", "Dev", "Finn", "Gus"], second
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
