"""Ivory import: a file-import framework for a stationery catalogue.

Importer subclasses (one per file format) register field converters with
a decorator; each importer keeps its own converter table and every import
run keeps its own list of rejected rows.
"""
import csv
import io
import json


class Importer:
    extensions = ()
    converters = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.converters = dict(cls.converters)

    def __init__(self, source_name):
        self.source_name = source_name
        self.rejected = []

    @classmethod
    def converter(cls, field_name):
        def register(fn):
            cls.converters[field_name] = fn
            return fn

        return register

    def rows(self, text):
        raise NotImplementedError

    def run(self, text):
        accepted = []
        for row in self.rows(text):
            try:
                accepted.append({key: self.converters.get(key, str)(value)
                                 for key, value in row.items()})
            except ValueError as exc:
                self.rejected.append((row, str(exc)))
        return accepted


class CsvImporter(Importer):
    extensions = (".csv",)

    def rows(self, text):
        return list(csv.DictReader(io.StringIO(text)))


class JsonImporter(Importer):
    extensions = (".json",)

    def rows(self, text):
        return json.loads(text)


@CsvImporter.converter("price")
def parse_price(value):
    return round(float(value.replace(",", ".")), 2)


@JsonImporter.converter("sheets")
def parse_sheets(value):
    number = int(value)
    if number <= 0:
        raise ValueError("sheet count must be positive")
    return number


def main():
    csv_run = CsvImporter("ivory-cards.csv")
    cards = csv_run.run("sku,price\nIV-A5,\"3,40\"\nIV-A4,oops\n")
    json_run = JsonImporter("notebooks.json")
    books = json_run.run('[{"sku": "NB-1", "sheets": "80"}, {"sku": "NB-2", "sheets": "-1"}]')

    print("csv accepted:", cards)
    print("json accepted:", books)
    print("converters:", sorted(CsvImporter.converters), sorted(JsonImporter.converters),
          sorted(Importer.converters))

    assert sorted(CsvImporter.converters) == ["price"]
    assert sorted(JsonImporter.converters) == ["sheets"]
    assert Importer.converters == {}
    assert len(csv_run.rejected) == 1 and len(json_run.rejected) == 1
    assert csv_run.rejected[0][0]["sku"] == "IV-A4"
    assert json_run.rejected[0][0]["sku"] == "NB-2"
    print("OK")


if __name__ == "__main__":
    main()
