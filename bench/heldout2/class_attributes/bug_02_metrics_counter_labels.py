class Counter:
    labels = {}
    total = 0

    def __init__(self, name):
        self.name = name

    def inc(self, amount=1, **labels):
        self.total += amount
        key = tuple(sorted(labels.items()))
        self._bucket(key)
        self.labels[key] += amount

    def _bucket(self, key):
        self.labels.setdefault(key, 0)

    def render(self):
        lines = [f"{self.name}_total {self.total}"]
        for key, value in sorted(self.labels.items()):
            tags = ",".join(f'{k}="{v}"' for k, v in key)
            lines.append(f"{self.name}{{{tags}}} {value}")
        return lines


def main():
    requests = Counter("http_requests")
    errors = Counter("http_errors")
    requests.inc(route="/a")
    requests.inc(route="/a")
    errors.inc(route="/b")
    assert requests.total == 2 and errors.total == 1
    rendered = requests.render()
    assert 'http_requests{route="/b"} 1' in rendered, rendered
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
