class Rule:
    def __init__(self, name, check):
        self.name = name
        self.check = check


class RecordValidator:
    def __init__(self, schema):
        self.rules = self._compile(schema)

    @staticmethod
    def _compile(schema):
        rules = []
        for field, expected_type in schema.items():
            def check(record):
                return isinstance(record.get(field), expected_type)
            rules.append(Rule(f"{field}:{expected_type.__name__}", check))
        return rules

    def errors(self, record):
        return [rule.name for rule in self.rules if not rule.check(record)]


def main():
    validator = RecordValidator({"id": int, "name": str, "score": float})
    good = {"id": 1, "name": "ada", "score": 9.5}
    bad = {"id": "one", "name": 42, "score": 9.5}
    assert validator.errors(good) == []
    assert validator.errors(bad) == []
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
