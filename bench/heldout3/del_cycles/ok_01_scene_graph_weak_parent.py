import gc
import weakref

RELEASED = []


class SceneNode:
    def __init__(self, name, texture=None):
        self.name = name
        self.texture = texture
        self._parent = None
        self.children = []

    @property
    def parent(self):
        return self._parent() if self._parent else None

    def add(self, child):
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    def world_path(self):
        parent = self.parent
        return f"{parent.world_path()}/{self.name}" if parent else self.name

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
        assert sorted(RELEASED) == ["hud.png", "minimap.png"]
        gc.collect()
        assert sorted(RELEASED) == ["hud.png", "minimap.png"]
    finally:
        gc.enable()
    print("OK")


if __name__ == "__main__":
    main()
