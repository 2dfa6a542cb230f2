class Plugin:
    registry = {}
    kind = "plugin"

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is not None:
            cls.registry[name] = cls

    @classmethod
    def lookup(cls, name):
        return cls.registry[name]

    @classmethod
    def available(cls):
        return sorted(cls.registry)


class Exporter(Plugin):
    kind = "exporter"


class Importer(Plugin):
    kind = "importer"


class JsonExporter(Exporter, name="json"):
    pass


class CsvExporter(Exporter, name="csv"):
    pass


class XmlImporter(Importer, name="xml"):
    pass


def main():
    exporters = Exporter.available()
    assert "xml" in exporters, exporters
    assert Exporter.lookup("xml") is XmlImporter
    assert Importer.available() == ["csv", "json", "xml"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
