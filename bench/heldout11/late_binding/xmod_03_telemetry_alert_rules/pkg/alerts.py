from .rules import RuleBook

TEMPERATURE_LIMITS = [("warning", 70.0), ("critical", 85.0), ("shutdown", 95.0)]
VIBRATION_LIMIT = 4.5


def build_rulebook(limits=TEMPERATURE_LIMITS):
    book = RuleBook()
    for severity, limit in limits:
        def exceeds(reading):
            return reading.temperature >= limit
        book.add(severity, exceeds)

    def shaking(reading):
        return reading.vibration > VIBRATION_LIMIT
    book.add("maintenance", shaking)
    return book
