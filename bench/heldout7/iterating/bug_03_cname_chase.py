class Record:
    def __init__(self, name, rtype, value):
        self.name, self.rtype, self.value = name, rtype, value


ZONE = {
    "www.shop.test": [Record("www.shop.test", "CNAME", "edge.cdn.test")],
    "edge.cdn.test": [Record("edge.cdn.test", "A", "203.0.113.7")],
    "api.shop.test": [Record("api.shop.test", "A", "203.0.113.9")],
}


class Resolver:
    def __init__(self, zone):
        self.zone = zone
        self.pending = set()
        self.answers = {}

    def want(self, *names):
        self.pending.update(names)

    def _lookups(self):
        for name in self.pending:
            yield name, self.zone.get(name, [])

    def _handle(self, record):
        if record.rtype == "CNAME":
            self.want(record.value)
        else:
            self.answers.setdefault(record.name, []).append(record.value)

    def resolve(self):
        for name, records in self._lookups():
            for record in records:
                self._handle(record)
        return self.answers


def main():
    r = Resolver(ZONE)
    r.want("api.shop.test", "www.shop.test")
    try:
        r.resolve()
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("resolve finished")


if __name__ == "__main__":
    main()
