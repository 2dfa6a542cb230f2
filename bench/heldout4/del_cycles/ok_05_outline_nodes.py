import gc
import weakref

RELEASED = []


class OutlineNode:
    def __init__(self, title, parent=None):
        self.title = title
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def add(self, title):
        return OutlineNode(title, parent=self)

    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(node.title)
            node = node.parent
        return " / ".join(reversed(parts))

    def __del__(self):
        RELEASED.append(self.title)


def build_outline():
    root = OutlineNode("Handbook")
    intro = root.add("Intro")
    intro.add("Audience")
    return root


def main():
    gc.disable()
    try:
        root = build_outline()
        assert root.children[0].children[0].path() == "Handbook / Intro / Audience"
        del root
        assert sorted(RELEASED) == ["Audience", "Handbook", "Intro"], RELEASED
        gc.collect()
        assert len(RELEASED) == 3
    finally:
        gc.enable()
    print("OK")


if __name__ == "__main__":
    main()
