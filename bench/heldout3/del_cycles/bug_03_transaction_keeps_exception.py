import gc

ROLLED_BACK = []


class ConstraintViolation(Exception):
    pass


class Transaction:
    def __init__(self, name):
        self.name = name
        self.statements = []
        self.last_error = None
        self.committed = False

    def execute(self, sql):
        if "DROP" in sql:
            raise ConstraintViolation(sql)
        self.statements.append(sql)

    def run_all(self, statements):
        for sql in statements:
            try:
                self.execute(sql)
            except ConstraintViolation as exc:
                self.last_error = exc
                return False
        return True

    def __del__(self):
        if not self.committed:
            ROLLED_BACK.append(self.name)


def apply_batch(name, statements):
    tx = Transaction(name)
    ok = tx.run_all(statements)
    if ok:
        tx.committed = True
    return ok


def main():
    gc.disable()
    try:
        assert apply_batch("good", ["INSERT 1", "INSERT 2"]) is True
        assert ROLLED_BACK == []
        assert apply_batch("bad", ["INSERT 1", "DROP TABLE t"]) is False
        assert ROLLED_BACK == []
        gc.collect()
        assert ROLLED_BACK == ["bad"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
