class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def root(self):
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def render(self, ctx):
        return "".join(child.render(ctx) for child in self.children)


class Text(Node):
    def __init__(self, parent, text):
        super().__init__(parent)
        self.text = text

    def render(self, ctx):
        return self.text


class Var(Node):
    def __init__(self, parent, name, filters=()):
        super().__init__(parent)
        self.name = name
        self.filters = filters

    def render(self, ctx):
        value = str(ctx.get(self.name, ""))
        for flt in self.filters:
            value = self.root().filters[flt](value)
        return value
