"""Lily loom pattern records.

Loom settings arrive as a flat dict from the controller; a small class
factory turns the known setting names into read-only properties so the
pattern designer can write ``pattern.warp`` instead of dict lookups.
"""

SETTINGS = ("warp", "weft", "shafts", "treadles")


def settings_model(name, fields):
    namespace = {"__slots__": ("_raw",)}

    def __init__(self, raw):
        missing = [f for f in fields if f not in raw]
        if missing:
            raise KeyError(f"missing settings: {missing}")
        self._raw = dict(raw)

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({body})"

    namespace["__init__"] = __init__
    namespace["__repr__"] = __repr__
    for field_name in fields:
        namespace[field_name] = property(
            lambda self: self._raw[field_name],
            doc=f"loom setting {field_name!r}",
        )
    return type(name, (), namespace)


LoomPattern = settings_model("LoomPattern", SETTINGS)


def threads_per_repeat(pattern):
    return pattern.warp * pattern.shafts


def validate(pattern):
    problems = []
    if pattern.treadles < pattern.shafts:
        problems.append("fewer treadles than shafts")
    if pattern.weft > pattern.warp:
        problems.append("weft denser than warp")
    return problems


class LoomController:
    def __init__(self):
        self.loaded = None

    def load(self, raw):
        pattern = LoomPattern(raw)
        problems = validate(pattern)
        if problems:
            raise ValueError("; ".join(problems))
        self.loaded = pattern
        return pattern


def main():
    lily = LoomController().load({"warp": 240, "weft": 180, "shafts": 4, "treadles": 6})
    print(lily)
    print("documented as:", LoomPattern.warp.__doc__)
    print("threads per repeat:", threads_per_repeat(lily))
    if lily.warp != 240:
        print(f"warp reads {lily.warp}, which is the treadle count")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
