import gc
import weakref

released = []


class SceneNode:
    def __init__(self, name, texture=None):
        self.name = name
        self.texture = texture
        self._parent = None
        self.children = []

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def add(self, child):
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    def world_path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def __del__(self):
        if self.texture is not None:
            released.append(self.texture)


class Level:
    def __init__(self, name):
        self.root = SceneNode(name)

    def spawn(self, name, texture):
        return self.root.add(SceneNode(name, texture))


gc.disable()
try:
    level = Level("dungeon")
    level.spawn("torch", "tex:torch").add(SceneNode("flame", "tex:flame"))
    assert level.root.children[0].children[0].world_path() == "dungeon/torch/flame"
    del level
    assert sorted(released) == ["tex:flame", "tex:torch"]
finally:
    gc.enable()
print("OK")
