from collections import deque


class Player:
    def __init__(self):
        self.x = 0
        self.y = 0

    def move(self, dx, dy):
        self.x += dx
        self.y += dy


class InputSystem:
    def __init__(self):
        self._handlers = {}
        self._pending = deque()

    def on_key(self, key, handler):
        self._handlers[key] = handler

    def press(self, key):
        self._pending.append(key)

    def poll(self):
        while self._pending:
            key = self._pending.popleft()
            if key in self._handlers:
                self._handlers[key]()


class Game:
    KEYMAP = {"w": (0, -1), "s": (0, 1), "a": (-1, 0), "d": (1, 0)}

    def __init__(self):
        self.player = Player()
        self.input = InputSystem()
        self.frames = 0
        self._bind_movement()

    def _bind_movement(self):
        for key, (dx, dy) in self.KEYMAP.items():
            def step():
                self.player.move(dx, dy)
            self.input.on_key(key, step)

    def tick(self):
        self.input.poll()
        self.frames += 1


if __name__ == "__main__":
    game = Game()
    for key in "wwa":
        game.input.press(key)
    game.tick()
    assert (game.player.x, game.player.y) == (3, 0), (game.player.x, game.player.y)
    print("BUG SHOWN")
