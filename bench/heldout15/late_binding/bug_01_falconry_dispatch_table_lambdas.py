"""Command console for a falconry display team."""


class Bird:
    def __init__(self, name, species, lure_weight_g):
        self.name = name
        self.species = species
        self.lure_weight_g = lure_weight_g
        self.flights = 0

    def fly_to(self, perch):
        self.flights += 1
        return f"{self.name} the {self.species} flies to {perch}"


class Mews:
    def __init__(self):
        self.birds = {}

    def house(self, bird):
        self.birds[bird.name] = bird


class Console:
    """Maps short spoken commands to actions for each bird in the mews."""

    PERCHES = ("glove", "post", "lure")

    def __init__(self, mews):
        self.mews = mews
        self.commands = {}
        self.transcript = []

    def build(self):
        for name, bird in self.mews.birds.items():
            for perch in self.PERCHES:
                key = f"{name.lower()}:{perch}"
                self.commands[key] = lambda: self._send(bird, perch)
        return self

    def _send(self, bird, perch):
        line = bird.fly_to(perch)
        self.transcript.append(line)
        return line

    def call(self, spoken):
        return self.commands[spoken]()


def main():
    mews = Mews()
    mews.house(Bird("Willow", "barn owl", 18))
    mews.house(Bird("Rook", "harris hawk", 30))
    mews.house(Bird("Dash", "peregrine", 25))

    console = Console(mews).build()
    said = console.call("willow:glove")
    print(said)
    print(console.call("rook:post"))
    if not said.startswith("Willow") or "glove" not in said:
        print("flights per bird:", {n: b.flights for n, b in mews.birds.items()})
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
