import pickle
from concurrent.futures import ProcessPoolExecutor


def load_steps(spec):
    class SqlStep:
        def __init__(self, table, ddl):
            self.table = table
            self.ddl = ddl

        def describe(self):
            return f"{self.table}: {self.ddl}"

    return [SqlStep(table, ddl) for table, ddl in spec.items()]


def apply_step(step):
    return step.describe().upper()


class Migrator:
    def __init__(self, workers=2):
        self.workers = workers

    def migrate(self, spec):
        steps = load_steps(spec)
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            futures = [pool.submit(apply_step, s) for s in steps]
            return [f.result() for f in futures]


def main():
    spec = {"users": "ADD COLUMN last_seen timestamptz", "orders": "ADD INDEX by_user"}
    try:
        Migrator().migrate(spec)
    except (AttributeError, pickle.PicklingError) as exc:
        assert "SqlStep" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("migration ran")


if __name__ == "__main__":
    main()
