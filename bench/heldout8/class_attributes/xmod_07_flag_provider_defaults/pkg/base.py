class FlagProvider:
    defaults = {}
    name = "base"

    def __init__(self):
        self.overrides = {}

    def register_default(self, flag, value):
        self.defaults.setdefault(flag, value)

    def fetch(self, flag):
        raise NotImplementedError

    def evaluate(self, flag):
        value = self.fetch(flag)
        if value is None:
            value = self.overrides.get(flag, self.defaults.get(flag, False))
        return value

    def known_flags(self):
        return sorted(set(self.defaults) | set(self.overrides))
