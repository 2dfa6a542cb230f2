"""Base model with schema introspection."""


class MissingField(ValueError):
    pass


class Model:
    _fields = {}

    def __init__(self, **values):
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values.pop(name))
            elif field.required:
                raise MissingField(f"{type(self).__name__}.{name} is required")
        if values:
            raise TypeError(f"unknown fields: {sorted(values)}")

    @classmethod
    def schema(cls):
        return {name: f.kind.__name__ for name, f in cls._fields.items()}
