"""Herd records for a yak farm.

A tiny active-record layer: every record type registers its instances by
numeric id on creation so that herders can look up animals, pastures and
shearing sessions by the ids painted on tags, gates and clipboards.
"""
from datetime import date


class Record:
    _by_id = {}
    kind = "record"

    def __init__(self, record_id, **fields):
        self.record_id = record_id
        self.__dict__.update(fields)
        type(self).register(self)

    @classmethod
    def register(cls, instance):
        if instance.record_id in cls._by_id:
            raise KeyError(f"duplicate {cls.kind} id {instance.record_id}")
        cls._by_id[instance.record_id] = instance

    @classmethod
    def get(cls, record_id):
        return cls._by_id[record_id]

    @classmethod
    def count(cls):
        return len(cls._by_id)

    def __repr__(self):
        return f"<{self.kind} {self.record_id}>"


class Yak(Record):
    kind = "yak"

    def age(self, today=date(2025, 6, 1)):
        return today.year - self.born


class Pasture(Record):
    kind = "pasture"

    def capacity(self):
        return int(self.hectares * 1.5)


def load_farm():
    loaded, errors = [], []
    rows = [
        (Yak, 1, {"name": "Dolma", "born": 2016}),
        (Yak, 2, {"name": "Tashi", "born": 2019}),
        (Yak, 3, {"name": "Pema", "born": 2021}),
        (Pasture, 1, {"name": "upper meadow", "hectares": 12}),
        (Pasture, 2, {"name": "river flats", "hectares": 8}),
    ]
    for model, record_id, fields in rows:
        try:
            loaded.append(model(record_id, **fields))
        except KeyError as exc:
            errors.append(str(exc))
    return loaded, errors


def main():
    loaded, errors = load_farm()
    print(f"loaded {len(loaded)} records")
    for error in errors:
        print(f"  rejected: {error}")
    print(f"yaks registered: {Yak.count()}, pastures registered: {Pasture.count()}")

    if errors or Yak.count() != 3 or Pasture.count() != 2:
        print("pasture ids collided with yak tags")
        print("BUG SHOWN")
    else:
        print(f"gate 1 is {Pasture.get(1).name}, tag 1 is {Yak.get(1).name}")


if __name__ == "__main__":
    main()
