"""Config object whose fields are exposed as generated read-only properties."""


def bind_fields(cls):
    for field in cls.FIELDS:
        setattr(cls, field, property(lambda self: self._data[field]))
    return cls


@bind_fields
class DatabaseConfig:
    FIELDS = ("host", "port", "user", "database")

    def __init__(self, **values):
        missing = [f for f in self.FIELDS if f not in values]
        if missing:
            raise TypeError(f"missing config fields: {missing}")
        self._data = dict(values)

    def dsn(self):
        return f"postgres://{self.user}@{self.host}:{self.port}/{self.database}"


if __name__ == "__main__":
    cfg = DatabaseConfig(host="db.internal", port=5432, user="app", database="orders")
    assert cfg._data["host"] == "db.internal"
    assert cfg.host == "orders"
    assert cfg.port == "orders"
    assert cfg.dsn() == "postgres://orders@orders:orders/orders"
    print("BUG SHOWN")
