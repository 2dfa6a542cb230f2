"""Minimal declarative ORM layer over sqlite3."""
import sqlite3


class Model:
    __tablename__ = None
    _columns = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._columns = {k: v for k, v in vars(cls).items() if isinstance(v, Column)}

    @classmethod
    def create_table_sql(cls):
        cols = ", ".join(f"{name} {col.sql_type}" for name, col in cls._columns.items())
        return f"CREATE TABLE {cls.__tablename__} ({cols})"


class Customer(Model):
    __tablename__ = "customers"
    id = Column("INTEGER PRIMARY KEY")
    email = Column("TEXT NOT NULL")
    display_name = Column("TEXT")


class Column:
    def __init__(self, sql_type):
        self.sql_type = sql_type

    def __repr__(self):
        return f"Column({self.sql_type!r})"


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    conn.execute(Customer.create_table_sql())
    print("created", Customer.__tablename__)
