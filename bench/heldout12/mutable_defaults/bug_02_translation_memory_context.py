import re


class Segment:
    def __init__(self, source, target, domain):
        self.source = source
        self.target = target
        self.domain = domain


def _normalize(text, context):
    placeholders = context.setdefault("placeholders", [])
    def repl(match):
        placeholders.append(match.group(0))
        return "{%d}" % (len(placeholders) - 1)
    return re.sub(r"\d+(?:[.,]\d+)?", repl, text.strip().lower())


def _restore(text, context):
    for index, value in enumerate(context.get("placeholders", [])):
        text = text.replace("{%d}" % index, value)
    return text


class TranslationMemory:
    def __init__(self):
        self._entries = {}

    def store(self, source, target, domain="general"):
        ctx = {}
        key = _normalize(source, ctx)
        tgt = target
        for i, value in enumerate(ctx["placeholders"]):
            tgt = tgt.replace(value, "{%d}" % i)
        self._entries[key] = Segment(key, tgt, domain)

    def lookup(self, source, context={}):
        key = _normalize(source, context)
        hit = self._entries.get(key)
        if hit is None:
            return None
        return _restore(hit.target, context)


def main():
    tm = TranslationMemory()
    tm.store("Delivery in 3 days", "Lieferung in 3 Tagen")
    tm.store("Save 20 percent", "Sparen Sie 20 Prozent")

    first = tm.lookup("Delivery in 5 days")
    assert first == "Lieferung in 5 Tagen", first

    second = tm.lookup("Save 15 percent")
    assert second is None, second
    assert tm.lookup("Save 15 percent", {}) == "Sparen Sie 15 Prozent"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
