LIMITS = {"age": (0, 130), "quantity": (1, 99), "discount": (0, 50)}


def in_range(field, value):
    low, high = LIMITS[field]
    return low <= value <= high


class FormSchema:
    def __init__(self, fields):
        self.validators = {name: (lambda value: in_range(name, value)) for name in fields}

    def errors(self, data):
        return sorted(name for name, check in self.validators.items() if not check(data[name]))


def main():
    schema = FormSchema(["age", "quantity", "discount"])
    errs = schema.errors({"age": 120, "quantity": 5, "discount": 10})
    assert errs == ["age"], errs
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
