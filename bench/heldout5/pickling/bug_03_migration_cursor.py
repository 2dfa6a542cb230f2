import multiprocessing


def read_statements(script):
    for line in script.splitlines():
        line = line.strip()
        if line and not line.startswith("--"):
            yield line


class Migration:
    def __init__(self, version, script):
        self.version = version
        self.script = script
        self.statements = read_statements(script)

    def checksum(self):
        return sum(map(ord, self.script)) % 65521


def apply_migration(migration, dsn):
    executed = [stmt for stmt in migration.statements]
    return migration.version, dsn, len(executed)


class MigrationRunner:
    def __init__(self, dsn, processes=2):
        self.dsn = dsn
        self.processes = processes

    def apply_all(self, migrations):
        with multiprocessing.Pool(self.processes) as pool:
            pending = [pool.apply_async(apply_migration, (m, self.dsn)) for m in migrations]
            return [p.get(timeout=10) for p in pending]


if __name__ == "__main__":
    migrations = [
        Migration("0007", "-- add index\nCREATE INDEX ix_users_email ON users(email);"),
        Migration("0008", "ALTER TABLE orders ADD COLUMN note TEXT;\nUPDATE orders SET note = '';"),
    ]
    runner = MigrationRunner("postgres://localhost/shop")
    try:
        runner.apply_all(migrations)
    except TypeError as exc:
        assert "cannot pickle 'generator' object" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise SystemExit("migrations applied")
