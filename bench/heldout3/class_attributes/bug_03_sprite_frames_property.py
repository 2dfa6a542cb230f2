class SpriteSheet:
    def __init__(self, path, frame_count):
        self.path = path
        self.frame_count = frame_count
        self.loads = 0

    def slice(self, animation):
        self.loads += 1
        return [f"{self.path}:{animation}:{i}" for i in range(self.frame_count)]


class Animated:
    _frames = {}

    @property
    def frames(self):
        if self.animation not in self._frames:
            self._frames[self.animation] = self.sheet.slice(self.animation)
        return self._frames[self.animation]


class Entity(Animated):
    def __init__(self, name, sheet):
        self.name = name
        self.sheet = sheet
        self.animation = "walk"

    def current_frame(self, tick):
        frames = self.frames
        return frames[tick % len(frames)]


def main():
    knight = Entity("knight", SpriteSheet("knight.png", 4))
    slime = Entity("slime", SpriteSheet("slime.png", 2))
    assert knight.current_frame(1) == "knight.png:walk:1"
    assert slime.current_frame(1) == "knight.png:walk:1"
    assert slime.sheet.loads == 0
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
