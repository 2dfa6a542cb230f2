import gc

RELEASED = []


class OutlineNode:
    def __init__(self, title, parent=None):
        self.title = title
        self.parent = parent
        self.children = []
        self.buffer = [f"# {title}"]
        if parent is not None:
            parent.children.append(self)

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
        assert RELEASED == [], RELEASED
        gc.collect()
        assert sorted(RELEASED) == ["Audience", "Handbook", "Intro"], RELEASED
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
