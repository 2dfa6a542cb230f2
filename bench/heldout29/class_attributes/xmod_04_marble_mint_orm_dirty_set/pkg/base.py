"""Model base class with change tracking."""


class Model:
    table = None
    fields = ()
    _changed = set()

    def __init__(self, pk, **values):
        object.__setattr__(self, "pk", pk)
        object.__setattr__(self, "_tracking", False)
        for name in self.fields:
            setattr(self, name, values.get(name))
        object.__setattr__(self, "_tracking", True)

    def __setattr__(self, name, value):
        if self._tracking and name in self.fields:
            self._changed.add(name)
        object.__setattr__(self, name, value)

    def pending_changes(self):
        return {name: getattr(self, name) for name in sorted(self._changed)
                if name in self.fields}

    def mark_clean(self):
        self._changed.clear()
