"""Base classes whose class-level containers their methods change."""


class TaggableMixin:
    tags = set()

    def tag(self, *labels):
        for label in labels:
            self.tags.add(label.lower())
        return self


class Plugin:
    hooks = []

    @classmethod
    def on(cls, hook):
        cls.hooks.append(hook)
        return hook

    def run(self, value):
        for hook in self.hooks:
            value = hook(value)
        return value


class Registry:
    """Keeps its subclasses: the class itself is the data, shared on purpose."""

    known = []

    @classmethod
    def register(cls):
        cls.known.append(cls)
        return cls


class OwnTags:
    """Gives every instance its own set."""

    tags = set()

    def __init__(self):
        self.tags = set()

    def tag(self, label):
        self.tags.add(label)


class TicketCounter:
    in_use = set()

    def issue(self, n):
        self.in_use.add(n)
        return n
