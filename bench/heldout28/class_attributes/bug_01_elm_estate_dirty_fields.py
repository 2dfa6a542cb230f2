"""Elm estate: a minimal active-record layer for a property-listing site.

Models track which fields were changed since the last save so that ``save``
only sends an UPDATE for the columns that actually changed.
"""


class FakeDatabase:
    def __init__(self):
        self.statements = []

    def execute(self, sql, params):
        self.statements.append((sql, params))


class Model:
    table = None
    fields = ()
    _changed = set()

    def __init__(self, db, pk, **values):
        object.__setattr__(self, "_db", db)
        object.__setattr__(self, "pk", pk)
        for name in self.fields:
            object.__setattr__(self, name, values.get(name))

    def __setattr__(self, name, value):
        if name in self.fields and getattr(self, name) != value:
            self._changed.add(name)
        object.__setattr__(self, name, value)

    def is_dirty(self):
        return bool(self._changed)

    def save(self):
        if not self.is_dirty():
            return False
        columns = sorted(self._changed)
        assignments = ", ".join(f"{column} = ?" for column in columns)
        params = [getattr(self, column) for column in columns] + [self.pk]
        self._db.execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?", params)
        self._changed.clear()
        return True


class Listing(Model):
    table = "listings"
    fields = ("address", "asking_price", "status")

    def reduce_price(self, percent):
        self.asking_price = round(self.asking_price * (1 - percent / 100))

    def mark_sold(self):
        self.status = "sold"


def nightly_sync(listings):
    return [listing.pk for listing in listings if listing.save()]


def main():
    db = FakeDatabase()
    oak_lane = Listing(db, 101, address="4 Oak Lane", asking_price=450000, status="active")
    elm_row = Listing(db, 102, address="17 Elm Row", asking_price=610000, status="active")

    oak_lane.reduce_price(5)

    synced = nightly_sync([elm_row, oak_lane])
    for sql, params in db.statements:
        print(sql, params)
    print("synced ids:", synced)

    if 102 in synced:
        print("17 Elm Row was never edited but an UPDATE was sent for it")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
