"""Metric counters with labels, rendered in a text exposition format."""


class Counter:
    tags = set()
    unit = "total"

    def __init__(self, name):
        self.name = name
        self.value = 0

    def inc(self, amount=1):
        self.value += amount

    def render(self):
        labels = ",".join(sorted(self.tags))
        return f"{self.name}_{self.unit}{{{labels}}} {self.value}"


def tag(counter, *labels):
    counter.tags.update(labels)
    return counter


class MetricsRegistry:
    def __init__(self):
        self._counters = {}

    def counter(self, name, *labels):
        c = self._counters.get(name)
        if c is None:
            c = self._counters[name] = Counter(name)
        return tag(c, *labels)

    def exposition(self):
        return "\n".join(c.render() for c in self._counters.values())


if __name__ == "__main__":
    reg = MetricsRegistry()
    reg.counter("http_requests", 'method="GET"').inc(3)
    reg.counter("db_queries", 'table="users"').inc()

    lines = reg.exposition().splitlines()
    assert lines[0].startswith("http_requests_total{")
    assert 'table="users"' in lines[0]
    assert 'method="GET"' in lines[1]
    print("BUG SHOWN")
