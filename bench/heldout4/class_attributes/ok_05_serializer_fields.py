class Serializer:
    _fields = ()
    dumped = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        found = []
        for name, value in list(vars(cls).items()):
            if isinstance(value, type) and value in (int, str, float):
                found.append((name, value))
        cls._fields = cls._fields + tuple(found)

    def dump(self, obj):
        self.dumped += 1
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
    ser = UserSerializer()
    assert ser.dump(User()) == {"username": "ana", "age": 41}
    ser.dump(User())
    assert ser.dumped == 2 and Serializer.dumped == 0 and ProductSerializer().dumped == 0
    assert [n for n, _ in ProductSerializer._fields] == ["sku", "price"]
    assert Serializer._fields == ()
    print("OK")


if __name__ == "__main__":
    main()
