import multiprocessing as mp
import sqlite3


class Migration:
    version = 0
    statements = ()

    def apply(self, conn):
        for sql in self.statements:
            conn.execute(sql)
        conn.execute("INSERT INTO schema_version VALUES (?)", (self.version,))


def add_column(table, column, coltype, version):
    class AddColumn(Migration):
        def __init__(self):
            self.version = version
            self.statements = (f"ALTER TABLE {table} ADD COLUMN {column} {coltype}",)

    return AddColumn()


class CreateUsers(Migration):
    version = 1
    statements = ("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)",)


def migration_worker(conn_end, db_path):
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (v INTEGER)")
    while True:
        migration = conn_end.recv()
        if migration is None:
            break
        migration.apply(db)
        db.commit()
        conn_end.send(migration.version)
    db.close()


class Migrator:
    def __init__(self, db_path):
        self.db_path = db_path
        self.applied = []

    def run(self, migrations):
        parent, child = mp.Pipe()
        worker = mp.Process(target=migration_worker, args=(child, self.db_path))
        worker.start()
        try:
            for migration in migrations:
                parent.send(migration)
                self.applied.append(parent.recv())
        finally:
            parent.send(None)
            worker.join(timeout=10)
        return self.applied


def main():
    migrations = [CreateUsers(), add_column("users", "last_login", "TEXT", 2)]
    migrator = Migrator(":memory:")
    try:
        migrator.run(migrations)
    except AttributeError as exc:
        assert "pickle" in str(exc).lower() and "AddColumn" in str(exc), exc
        assert migrator.applied == [1]
        print("BUG SHOWN")
    else:
        raise AssertionError("all migrations applied")


if __name__ == "__main__":
    main()
