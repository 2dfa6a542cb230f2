"""Minimal change-tracking model base."""


class Model:
    table = None
    fields = ()
    _pending = set()

    def __init__(self, store, key, **values):
        object.__setattr__(self, "_store", store)
        object.__setattr__(self, "key", key)
        for name in self.fields:
            object.__setattr__(self, name, values.get(name))
        store.insert(self.table, key, {n: getattr(self, n) for n in self.fields})

    def __setattr__(self, name, value):
        if name in self.fields:
            self._pending.add(name)
        object.__setattr__(self, name, value)

    def save(self):
        changes = {n: getattr(self, n) for n in self._pending if n in self.fields}
        self._store.update(self.table, self.key, changes)
        self._pending.clear()
        return changes
