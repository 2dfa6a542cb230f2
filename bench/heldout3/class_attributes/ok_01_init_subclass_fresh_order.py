class Serializer:
    field_order = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.field_order = list(cls.field_order)
        for name in cls.__dict__.get("__annotations__", {}):
            cls.field_order.append(name)

    def __init__(self, obj):
        self.obj = obj

    def to_row(self):
        return [getattr(self.obj, name, None) for name in self.field_order]


class UserSerializer(Serializer):
    id: int
    email: str


class OrderSerializer(Serializer):
    id: int
    total: float
    status: str


class AdminSerializer(UserSerializer):
    role: str


class Record:
    def __init__(self, **attrs):
        self.__dict__.update(attrs)


def main():
    user = Record(id=7, email="kim@example.com", role="root")
    assert UserSerializer(user).to_row() == [7, "kim@example.com"]
    assert OrderSerializer.field_order == ["id", "total", "status"]
    assert AdminSerializer.field_order == ["id", "email", "role"]
    assert Serializer.field_order == []
    print("OK")


if __name__ == "__main__":
    main()
