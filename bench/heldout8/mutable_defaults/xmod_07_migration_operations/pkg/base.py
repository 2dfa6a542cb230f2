class Operation:
    def __init__(self, kind, table, detail=""):
        self.kind = kind
        self.table = table
        self.detail = detail

    def sql(self):
        if self.kind == "create":
            return f"CREATE TABLE {self.table} ({self.detail});"
        if self.kind == "add_column":
            return f"ALTER TABLE {self.table} ADD COLUMN {self.detail};"
        return f"DROP TABLE {self.table};"


class Migration:
    def __init__(self, version, operations=[]):
        self.version = version
        self.operations = operations

    def create_table(self, table, columns):
        self.operations.append(Operation("create", table, ", ".join(columns)))

    def add_column(self, table, column):
        self.operations.append(Operation("add_column", table, column))

    def upgrade(self):
        raise NotImplementedError

    def plan(self):
        self.upgrade()
        return [op.sql() for op in self.operations]
