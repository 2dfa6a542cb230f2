class Player:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy


class InputMap:
    def __init__(self):
        self.bindings = {}

    def bind(self, key, action):
        self.bindings[key] = action

    def handle(self, events):
        for key in events:
            action = self.bindings.get(key)
            if action:
                action()


class Game:
    DIRECTIONS = {"w": (0, -1), "a": (-1, 0), "s": (0, 1), "d": (1, 0)}

    def __init__(self):
        self.player = Player()
        self.input = InputMap()
        self._install_controls()

    def _install_controls(self):
        for key, (dx, dy) in self.DIRECTIONS.items():
            self.input.bind(key, lambda: self.player.move(dx, dy))

    def tick(self, events):
        self.input.handle(events)
        return self.player.x, self.player.y


def main():
    game = Game()
    pos = game.tick(["w", "w", "a"])
    assert pos != (-1, -2)
    assert pos == (3, 0), pos
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
