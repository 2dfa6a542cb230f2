"""Shelf-list catalogue for a monastery library, with nightly snapshots."""

import pickle


def make_record_type(collection, fields):
    """Build a record class for a collection from its field list."""

    class Record:
        __slots__ = tuple(fields)
        COLLECTION = collection

        def __init__(self, **values):
            for name in fields:
                setattr(self, name, values.get(name))

        def as_row(self):
            return tuple(getattr(self, name) for name in fields)

    return Record


class Catalogue:
    def __init__(self):
        self.types = {}
        self.shelves = {}

    def define(self, collection, fields):
        self.types[collection] = make_record_type(collection, fields)

    def accession(self, collection, shelfmark, **values):
        record = self.types[collection](**values)
        self.shelves[shelfmark] = record
        return record

    def find(self, **criteria):
        out = []
        for mark, rec in sorted(self.shelves.items()):
            if all(getattr(rec, k, None) == v for k, v in criteria.items()):
                out.append(mark)
        return out


class Archivist:
    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.snapshots = []

    def snapshot(self):
        """Detached copy of the shelf list for the night scriptorium."""
        blob = pickle.dumps(self.catalogue.shelves, protocol=pickle.HIGHEST_PROTOCOL)
        self.snapshots.append(blob)
        return pickle.loads(blob)


def main():
    cat = Catalogue()
    cat.define("psalters", ["title", "scribe", "century"])
    cat.define("charters", ["grantor", "year"])
    cat.accession("psalters", "P.1", title="Psalter of St Aidan", scribe="Eadfrith", century=8)
    cat.accession("psalters", "P.2", title="Night Office Psalter", scribe="unknown", century=12)
    cat.accession("charters", "C.1", grantor="Earl Siward", year=1050)
    print("eighth century:", cat.find(century=8))
    try:
        copy = Archivist(cat).snapshot()
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("snapshot failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(sorted(copy))
    print("OK")


if __name__ == "__main__":
    main()
