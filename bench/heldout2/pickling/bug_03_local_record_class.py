import multiprocessing
import pickle


def load_record_type(fields):
    class Record:
        __slots__ = tuple(fields)

        def __init__(self, **values):
            for name in self.__slots__:
                setattr(self, name, values.get(name))

        def as_tuple(self):
            return tuple(getattr(self, name) for name in self.__slots__)

    return Record


def checksum(record):
    return sum(len(str(v)) for v in record.as_tuple())


class Ingestor:
    def __init__(self, fields):
        self.record_type = load_record_type(fields)

    def parse(self, rows):
        return [self.record_type(**row) for row in rows]

    def checksums(self, rows):
        records = self.parse(rows)
        with multiprocessing.Pool(2) as pool:
            pending = [pool.apply_async(checksum, (rec,)) for rec in records]
            return [p.get(timeout=10) for p in pending]


def main():
    ingestor = Ingestor(["id", "name", "city"])
    rows = [{"id": 1, "name": "Ada", "city": "London"}, {"id": 2, "name": "Alan", "city": "Wilmslow"}]
    try:
        ingestor.checksums(rows)
    except (AttributeError, TypeError, pickle.PicklingError) as exc:
        assert "pickle" in str(exc).lower(), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("expected pickling failure")


if __name__ == "__main__":
    main()
