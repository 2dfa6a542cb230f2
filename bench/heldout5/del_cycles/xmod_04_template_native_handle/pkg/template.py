from .handles import NativeHandleMixin
from .nodes import Node, Text, Var


class Template(NativeHandleMixin, Node):
    filters = {"upper": str.upper, "strip": str.strip}

    def __init__(self, name, source):
        super().__init__(None)
        self.name = name
        self.acquire_handle()
        self._parse(source)

    def _parse(self, source):
        for i, piece in enumerate(source.split("$")):
            if i % 2:
                name, *filters = piece.split("|")
                Var(self, name, tuple(filters))
            elif piece:
                Text(self, piece)


class Environment:
    def __init__(self):
        self._loaded = {}

    def get_template(self, name, source):
        if name not in self._loaded:
            self._loaded[name] = Template(name, source)
        return self._loaded[name]

    def invalidate(self, name):
        self._loaded.pop(name, None)
