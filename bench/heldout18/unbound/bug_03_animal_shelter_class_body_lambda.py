"""Adoption queue for an animal shelter, ordered by urgency."""


class Animal:
    def __init__(self, name, species, days_in):
        self.name = name
        self.species = species
        self.days_in = days_in

    def __repr__(self):
        return f"{self.name}<{self.species}>"


class AdoptionQueue:
    SPECIES_RANK = {"dog": 0, "cat": 1, "rabbit": 2, "ferret": 3}
    LONG_STAY = 60

    # ordering used when the daily adoption list is printed
    sort_key = staticmethod(
        lambda animal: (SPECIES_RANK.get(animal.species, 99), -animal.days_in)
    )

    def __init__(self):
        self._animals = []

    def admit(self, animal):
        self._animals.append(animal)

    def long_stayers(self):
        return [a for a in self._animals if a.days_in >= self.LONG_STAY]

    def daily_list(self):
        return sorted(self._animals, key=self.sort_key)


def publish(queue):
    lines = []
    for position, animal in enumerate(queue.daily_list(), 1):
        lines.append(f"{position}. {animal.name} ({animal.species})")
    return lines


def main():
    queue = AdoptionQueue()
    for name, species, days in [
        ("Biscuit", "cat", 14),
        ("Rolo", "dog", 73),
        ("Clover", "rabbit", 5),
        ("Pip", "dog", 9),
    ]:
        queue.admit(Animal(name, species, days))
    print("long stayers:", queue.long_stayers())
    try:
        print("\n".join(publish(queue)))
    except NameError as exc:
        print("publish failed:", exc)
        if "SPECIES_RANK" in str(exc):
            print("BUG SHOWN")


if __name__ == "__main__":
    main()
