class FieldError(Exception):
    pass


def _require(field, record):
    value = record.get(field)
    if value in (None, ""):
        raise FieldError(f"{field} is required")
    return value


class FormSchema:
    def __init__(self, required):
        self.required = tuple(required)
        self.validators = {field: (lambda record: _require(field, record)) for field in self.required}

    def validate(self, record):
        errors = []
        for name, check in self.validators.items():
            try:
                check(record)
            except FieldError as exc:
                errors.append((name, str(exc)))
        return errors


def main():
    schema = FormSchema(["username", "email", "password"])
    errors = schema.validate({"username": "", "email": "", "password": "hunter2"})
    assert errors == [], errors
    errors = schema.validate({"username": "bob", "email": "b@x.io", "password": ""})
    assert [name for name, _ in errors] == ["username", "email", "password"]
    assert all(msg == "password is required" for _, msg in errors), errors
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
