class Serializer:
    field_order = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
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


class Record:
    def __init__(self, **attrs):
        self.__dict__.update(attrs)


def main():
    user = Record(id=7, email="kim@example.com")
    row = UserSerializer(user).to_row()
    assert UserSerializer.field_order == ["id", "email", "id", "total", "status"]
    assert row == [7, "kim@example.com", 7, None, None]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
