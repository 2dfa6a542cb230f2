"""Namespaced plugin registry with decorator-based registration."""


class PluginRegistry:
    reserved = ("default", "builtin")

    def __init__(self, namespace):
        self.namespace = namespace
        self._plugins = {}

    def register(self, name):
        if name in self.reserved:
            raise ValueError(f"{name!r} is reserved")

        def decorator(cls):
            self._plugins[name] = cls
            cls.plugin_name = f"{self.namespace}:{name}"
            return cls
        return decorator

    def get(self, name):
        try:
            return self._plugins[name]
        except KeyError:
            raise LookupError(f"{self.namespace} has no plugin {name!r}") from None

    def names(self):
        return sorted(self._plugins)


exporters = PluginRegistry("exporters")
importers = PluginRegistry("importers")


@exporters.register("csv")
class CsvExporter:
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


@importers.register("json")
class JsonImporter:
    def load(self, text):
        import json
        return json.loads(text)


if __name__ == "__main__":
    assert exporters.get("csv") is CsvExporter
    assert exporters.names() == ["csv"]
    assert importers.names() == ["json"]
    try:
        importers.get("csv")
    except LookupError:
        pass
    else:
        raise AssertionError("importers should not see exporters")
    print("OK")
