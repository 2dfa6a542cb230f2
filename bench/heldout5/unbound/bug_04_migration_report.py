class MigrationError(Exception):
    def __init__(self, version, reason):
        super().__init__(f"{version}: {reason}")
        self.version = version
        self.reason = reason


class Migration:
    def __init__(self, version, statements):
        self.version = version
        self.statements = statements

    def apply(self, db):
        for stmt in self.statements:
            if stmt.startswith("DROP") and not db.get("allow_destructive"):
                raise MigrationError(self.version, f"refusing {stmt!r}")
            db.setdefault("log", []).append((self.version, stmt))


class Migrator:
    def __init__(self, db):
        self.db = db
        self.applied = []

    def _run_one(self, migration):
        try:
            migration.apply(self.db)
        except MigrationError as error:
            self.db["dirty"] = migration.version
            return False
        self.applied.append(migration.version)
        return True

    def upgrade(self, migrations):
        outcome = {"applied": [], "failed": None}
        for migration in migrations:
            try:
                migration.apply(self.db)
            except MigrationError as failure:
                outcome["failed"] = migration.version
                break
            outcome["applied"].append(migration.version)
        if outcome["failed"] is not None:
            outcome["reason"] = failure.reason
        return outcome


if __name__ == "__main__":
    migrations = [
        Migration("0001", ["CREATE TABLE users"]),
        Migration("0002", ["ALTER TABLE users ADD email"]),
        Migration("0003", ["DROP TABLE legacy"]),
    ]
    migrator = Migrator({})
    try:
        migrator.upgrade(migrations)
    except NameError as exc:
        assert "failure" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("report built without error")
