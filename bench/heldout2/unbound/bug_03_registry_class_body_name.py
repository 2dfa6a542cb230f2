class PluginError(Exception):
    pass


class PluginRegistry:
    RESERVED = frozenset({"core", "builtin", "system"})
    MAX_NAME = 32

    def __init__(self):
        self._plugins = {}

    def register(self, name, factory):
        self._validate(name)
        if name in self._plugins:
            raise PluginError(f"duplicate plugin {name!r}")
        self._plugins[name] = factory
        return factory

    def _validate(self, name):
        if not name.isidentifier() or len(name) > self.MAX_NAME:
            raise PluginError(f"bad plugin name {name!r}")
        if name in RESERVED:
            raise PluginError(f"{name!r} is reserved")

    def create(self, name, **options):
        return self._plugins[name](**options)


class CsvExporter:
    def __init__(self, delimiter=","):
        self.delimiter = delimiter


def main():
    registry = PluginRegistry()
    try:
        registry.register("csv", CsvExporter)
    except NameError as exc:
        assert "RESERVED" in str(exc)
        assert "csv" not in registry._plugins
        print("BUG SHOWN")
    else:
        raise AssertionError("expected NameError")


if __name__ == "__main__":
    main()
