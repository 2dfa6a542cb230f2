"""Log severity table whose derived values are computed safely."""


class Severity:
    LEVELS = ("debug", "info", "warning", "error", "critical")
    PREFIX = "sev_"
    RANK = {name: index for index, name in enumerate(LEVELS)}
    UPPER = [name.upper() for name in LEVELS]
    DEFAULT = LEVELS[1]
    ALERTING = LEVELS[3:]

    @classmethod
    def column_names(cls):
        return [cls.PREFIX + name for name in cls.LEVELS]

    def __init__(self, name=None):
        self.name = name or Severity.DEFAULT

    def is_alerting(self):
        return self.name in Severity.ALERTING

    def at_least(self, other):
        return Severity.RANK[self.name] >= type(self).RANK[other]


if __name__ == "__main__":
    assert Severity.UPPER[0] == "DEBUG"
    assert Severity.column_names()[-1] == "sev_critical"
    assert Severity("error").is_alerting() and not Severity().is_alerting()
    assert Severity("warning").at_least("info")
    print("OK")
