from .base import Migration


class CreateUsers(Migration):
    def __init__(self):
        super().__init__("0001")

    def upgrade(self):
        self.create_table("users", ["id INTEGER PRIMARY KEY", "email TEXT"])


class AddLastLogin(Migration):
    def __init__(self):
        super().__init__("0002")

    def upgrade(self):
        self.add_column("users", "last_login TIMESTAMP")


ALL = [CreateUsers, AddLastLogin]
