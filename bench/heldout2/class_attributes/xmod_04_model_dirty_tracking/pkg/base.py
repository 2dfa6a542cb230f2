class TrackedModel:
    _dirty = set()
    _fields = ()

    def __init__(self, **values):
        for name in self._fields:
            object.__setattr__(self, name, values.get(name))

    def __setattr__(self, name, value):
        if name in self._fields and getattr(self, name, None) != value:
            self._dirty.add(name)
        object.__setattr__(self, name, value)

    def changed_fields(self):
        return sorted(self._dirty)

    def mark_clean(self):
        self._dirty.clear()
