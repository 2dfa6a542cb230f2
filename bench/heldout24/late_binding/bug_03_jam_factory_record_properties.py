"""Batch records for a jam factory.

A batch record is a small attribute-style wrapper around a dict of values
read from the kettle controller.  The @record class decorator generates
validated properties for each declared field.
"""


def record(*fields, units=None):
    units = units or {}

    def decorate(cls):
        for name in fields:
            def getter(self):
                return self._values[name]

            def setter(self, value):
                if value is None:
                    raise ValueError(f"{name} may not be empty")
                self._values[name] = value

            setattr(cls, name, property(getter, setter, doc=units.get(name, "")))
        cls._fields = tuple(fields)

        def __init__(self, **values):
            self._values = {}
            for key in cls._fields:
                setattr(self, key, values[key])

        def as_dict(self):
            return {key: getattr(self, key) for key in cls._fields}

        cls.__init__ = __init__
        cls.as_dict = as_dict
        return cls

    return decorate


@record("fruit", "fruit_kg", "sugar_kg", "pectin_g",
        units={"fruit_kg": "kg", "sugar_kg": "kg", "pectin_g": "g"})
class KettleBatch:
    def sugar_ratio(self):
        return self.sugar_kg / self.fruit_kg

    def label(self):
        return f"{self.fruit} jam ({self.fruit_kg} kg fruit)"


def release_check(batch):
    problems = []
    if not isinstance(batch.fruit, str):
        problems.append(f"fruit reads as {batch.fruit!r}")
    ratio = batch.sugar_ratio()
    if not 0.6 <= ratio <= 1.1:
        problems.append(f"sugar ratio {ratio:.2f} outside 0.60-1.10")
    return problems


def main():
    batches = [
        KettleBatch(fruit="damson", fruit_kg=40, sugar_kg=36, pectin_g=250),
        KettleBatch(fruit="loganberry", fruit_kg=25, sugar_kg=20, pectin_g=180),
    ]
    failed = False
    for batch in batches:
        problems = release_check(batch)
        print(f"{batch.as_dict()} -> {problems or 'released'}")
        failed = failed or bool(problems)
    if failed:
        print("batch records read back the wrong fields")
        print("BUG SHOWN")
    else:
        print("batches released")


if __name__ == "__main__":
    main()
