"""Stock picking from timber stacks in a lumber yard."""


class Stack:
    def __init__(self, species, length_m, boards):
        self.species = species
        self.length_m = length_m
        self.boards = boards


class Yard:
    def __init__(self):
        self.stacks = {}

    def receive(self, bay, stack):
        self.stacks[bay] = stack

    def _take(self, bay, wanted):
        stack = self.stacks[bay]
        taken = min(wanted, stack.boards)
        stack.boards -= taken
        if stack.boards == 0:
            self._clear_bay(bay)
        return taken

    def _clear_bay(self, bay):
        del self.stacks[bay]

    def pick(self, species, wanted):
        picked = 0
        for bay, stack in self.stacks.items():
            if stack.species != species or picked >= wanted:
                continue
            picked += self._take(bay, wanted - picked)
        return picked


def main():
    yard = Yard()
    yard.receive("A1", Stack("oak", 3.0, 20))
    yard.receive("A2", Stack("oak", 2.4, 50))
    yard.receive("B1", Stack("pine", 4.8, 100))
    try:
        got = yard.pick("oak", 35)
    except RuntimeError as exc:
        print("picking aborted:", exc)
        print("BUG SHOWN")
        return
    print("picked", got)


if __name__ == "__main__":
    main()
