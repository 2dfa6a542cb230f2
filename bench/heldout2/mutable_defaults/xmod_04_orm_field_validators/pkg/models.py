from .fields import Field, StringField


class Model:
    def __init__(self, **values):
        self._values = {}
        for name, field in self._fields().items():
            self._values[name] = field.clean(values.get(name))

    @classmethod
    def _fields(cls):
        return {k: v for k, v in vars(cls).items() if isinstance(v, Field)}


class Customer(Model):
    email = StringField(max_length=120).add_validator(lambda v: "@" in v, "not an email")
    nickname = StringField(max_length=20, nullable=True)
