class Unit:
    symbol = ""
    factor = 1.0
    aliases = set()

    def __init__(self, magnitude):
        self.magnitude = float(magnitude)

    @classmethod
    def add_alias(cls, *names):
        for name in names:
            cls.aliases.add(name.lower())

    @classmethod
    def recognises(cls, text):
        text = text.lower()
        return text == cls.symbol or text in cls.aliases

    def to(self, other_cls):
        return other_cls(self.magnitude * self.factor / other_cls.factor)

    def __repr__(self):
        return f"{self.magnitude:g} {self.symbol}"
