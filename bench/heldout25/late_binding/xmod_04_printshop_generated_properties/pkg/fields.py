"""Tiny declarative record helper used by the job ticket models."""


def record_fields(*names):
    """Class decorator: expose each name as a validated property backed by `_values`."""

    def decorate(cls):
        for name in names:

            def getter(self):
                return self._values.get(name)

            def setter(self, value):
                if value is None:
                    raise ValueError(f"{cls.__name__}.{name} may not be None")
                self._values[name] = value

            setattr(cls, name, property(getter, setter, doc=f"{name} field"))
        cls._fields = names
        return cls

    return decorate
