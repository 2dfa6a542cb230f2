"""In-memory table store standing in for the shop's database."""


class TableStore:
    def __init__(self):
        self.tables = {}
        self.statements = []

    def insert(self, table, key, row):
        self.tables.setdefault(table, {})[key] = dict(row)
        self.statements.append(("INSERT", table, key, tuple(sorted(row))))

    def update(self, table, key, changes):
        if not changes:
            return
        self.tables[table][key].update(changes)
        self.statements.append(("UPDATE", table, key, tuple(sorted(changes))))

    def row(self, table, key):
        return dict(self.tables[table][key])
