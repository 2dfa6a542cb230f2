"""Unit-of-work session writing pending changes into a dict-backed store."""


class Store:
    def __init__(self):
        self.rows = {}
        self.writes = []

    def insert(self, obj):
        self.rows[(obj.table, obj.pk)] = {f: getattr(obj, f) for f in obj.fields}

    def update(self, table, pk, changes):
        self.rows[(table, pk)].update(changes)
        self.writes.append((table, pk, tuple(changes)))


class Session:
    def __init__(self, store):
        self.store = store

    def add(self, obj):
        self.store.insert(obj)
        return obj

    def flush(self, obj):
        changes = obj.pending_changes()
        if changes:
            self.store.update(obj.table, obj.pk, changes)
        obj.mark_clean()
        return changes
