from fractions import Fraction


class Recipe:
    def __init__(self, title, servings, ingredients=(), tags=None):
        self.title = title
        self.servings = servings
        self.ingredients = dict(ingredients)
        self.tags = set(tags) if tags is not None else set()

    def tag(self, *labels):
        self.tags.update(labels)
        return self

    def scaled(self, servings, notes=None):
        notes = [] if notes is None else list(notes)
        factor = Fraction(servings, self.servings)
        notes.append(f"scaled x{factor}")
        scaled = Recipe(self.title, servings,
                        {k: v * factor for k, v in self.ingredients.items()},
                        self.tags)
        scaled.notes = notes
        return scaled


def main():
    pancakes = Recipe("Pancakes", 4, {"flour_g": Fraction(200), "eggs": Fraction(2)})
    pancakes.tag("breakfast")
    soup = Recipe("Soup", 2).tag("vegan")
    double = pancakes.scaled(8)
    half = pancakes.scaled(2)
    assert double.ingredients["eggs"] == 4 and half.ingredients["eggs"] == 1
    assert double.notes == ["scaled x2"] and half.notes == ["scaled x1/2"]
    double.tag("brunch")
    assert pancakes.tags == {"breakfast"} and soup.tags == {"vegan"}
    assert Recipe("Toast", 1).tags == set()
    print("OK")


if __name__ == "__main__":
    main()
