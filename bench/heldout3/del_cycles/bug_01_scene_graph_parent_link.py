import gc

RELEASED = []


class SceneNode:
    def __init__(self, name, texture=None):
        self.name = name
        self.texture = texture
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def world_path(self):
        return f"{self.parent.world_path()}/{self.name}" if self.parent else self.name

    def __del__(self):
        if self.texture:
            RELEASED.append(self.texture)


def build_level():
    root = SceneNode("level1")
    hud = root.add(SceneNode("hud", texture="hud.png"))
    hud.add(SceneNode("minimap", texture="minimap.png"))
    return root


def main():
    gc.disable()
    try:
        level = build_level()
        assert level.children[0].children[0].world_path() == "level1/hud/minimap"
        del level
        assert RELEASED == []
        gc.collect()
        assert sorted(RELEASED) == ["hud.png", "minimap.png"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
