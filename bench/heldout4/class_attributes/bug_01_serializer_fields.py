class Serializer:
    _fields = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if isinstance(value, type) and value in (int, str, float):
                cls._fields.append((name, value))

    def dump(self, obj):
        return {name: kind(getattr(obj, name)) for name, kind in self._fields}


class UserSerializer(Serializer):
    username = str
    age = int


class ProductSerializer(Serializer):
    sku = str
    price = float


class User:
    username = "ana"
    age = "41"


def main():
    try:
        UserSerializer().dump(User())
    except AttributeError as exc:
        assert "sku" in str(exc)
        assert UserSerializer._fields is ProductSerializer._fields
        assert len(UserSerializer._fields) == 4
        print("BUG SHOWN")
        return
    raise AssertionError("dump worked")


if __name__ == "__main__":
    main()
