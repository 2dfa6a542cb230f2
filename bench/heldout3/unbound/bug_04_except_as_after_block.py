class MigrationError(Exception):
    pass


class Migration:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def apply(self, schema):
        if self.fail:
            raise MigrationError(f"{self.name}: column already exists")
        schema.append(self.name)


class MigrationRunner:
    def __init__(self, migrations):
        self.migrations = migrations
        self.schema = []

    def _summary(self, applied, error):
        status = "failed" if error else "ok"
        return {"applied": applied, "status": status, "error": str(error) if error else None}

    def run(self):
        applied = []
        failed = False
        for migration in self.migrations:
            try:
                migration.apply(self.schema)
            except MigrationError as error:
                failed = True
                break
            applied.append(migration.name)
        return self._summary(applied, error if failed else None)


def main():
    ok_runner = MigrationRunner([Migration("0001_users"), Migration("0002_orders")])
    assert ok_runner.run()["status"] == "ok"
    bad_runner = MigrationRunner([Migration("0001_users"), Migration("0002_orders", fail=True)])
    try:
        bad_runner.run()
    except NameError as exc:
        assert "error" in str(exc)
        assert bad_runner.schema == ["0001_users"]
        print("BUG SHOWN")
    else:
        raise AssertionError("failure summary produced")


if __name__ == "__main__":
    main()
