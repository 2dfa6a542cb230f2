class MigrationError(Exception):
    pass


class Migration:
    def __init__(self, version, statements, broken=False):
        self.version = version
        self.statements = statements
        self.broken = broken

    def apply(self, db):
        if self.broken:
            raise MigrationError(f"migration {self.version} failed")
        db.extend(self.statements)


class Migrator:
    def __init__(self, db):
        self.db = db
        self.applied = []

    def _run_one(self, migration):
        try:
            migration.apply(self.db)
        except MigrationError as error:
            self.db.append(f"ROLLBACK {migration.version}")
        else:
            self.applied.append(migration.version)
            return None
        return error

    def upgrade(self, migrations):
        for migration in migrations:
            failure = self._run_one(migration)
            if failure is not None:
                return failure
        return None


db = []
migrator = Migrator(db)
ok = [Migration(1, ["CREATE TABLE users"]), Migration(2, ["ALTER TABLE users ADD email"])]
assert migrator.upgrade(ok) is None
assert migrator.applied == [1, 2]
try:
    migrator.upgrade([Migration(3, ["DROP TABLE users"], broken=True)])
except NameError as exc:
    assert "error" in str(exc)
    assert db[-1] == "ROLLBACK 3"
    print("BUG SHOWN")
else:
    raise AssertionError("expected NameError")
