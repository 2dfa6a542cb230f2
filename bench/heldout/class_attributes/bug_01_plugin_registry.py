"""Namespaced plugin registry with decorator-based registration."""


class PluginRegistry:
    _plugins = {}

    def __init__(self, namespace):
        self.namespace = namespace

    def register(self, name):
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
    assert CsvExporter.plugin_name == "exporters:csv"
    assert exporters.names() == ["csv", "json"]
    assert exporters.get("json") is JsonImporter
    assert importers.get("csv") is CsvExporter
    print("BUG SHOWN")
