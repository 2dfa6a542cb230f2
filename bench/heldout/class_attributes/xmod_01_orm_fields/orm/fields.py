"""Field descriptors that register themselves on their owning model."""


class Field:
    def __init__(self, kind, required=True, default=None):
        self.kind = kind
        self.required = required
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        owner._fields[name] = self

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
