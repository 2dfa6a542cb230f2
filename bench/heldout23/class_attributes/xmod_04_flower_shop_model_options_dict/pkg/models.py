"""Tiny declarative model layer used by the store's catalogue."""
from typing import Any, Dict


class Field:
    def __init__(self, default: Any = None):
        self.default = default
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name


class Model:
    presentation: Dict[str, str] = {"wrap": "kraft paper", "ribbon": "twine", "card": "plain"}

    def __init__(self, **values: Any):
        for name, field in self._fields().items():
            setattr(self, name, values.pop(name, field.default))
        if values:
            raise TypeError(f"unknown fields: {sorted(values)}")

    @classmethod
    def _fields(cls) -> Dict[str, Field]:
        found: Dict[str, Field] = {}
        for klass in reversed(cls.__mro__):
            for name, attr in vars(klass).items():
                if isinstance(attr, Field):
                    found[name] = attr
        return found

    def style(self, key: str) -> str:
        return self.presentation[key]

    def as_dict(self) -> Dict[str, Any]:
        data = {name: getattr(self, name) for name in self._fields()}
        data.update(self.presentation)
        return data
