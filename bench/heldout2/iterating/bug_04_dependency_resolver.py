class Package:
    def __init__(self, name, requires=()):
        self.name = name
        self.requires = tuple(requires)


class Resolver:
    def __init__(self, index):
        self.index = index
        self.selected = {}

    def add(self, name):
        self.selected[name] = self.index[name]

    def _ensure(self, name):
        if name not in self.selected:
            self.add(name)

    def close_over(self):
        for name, package in self.selected.items():
            for dep in package.requires:
                self._ensure(dep)
        return sorted(self.selected)


def main():
    index = {
        "web": Package("web", ["http", "templates"]),
        "http": Package("http", ["sockets"]),
        "templates": Package("templates"),
        "sockets": Package("sockets"),
    }
    resolver = Resolver(index)
    resolver.add("web")
    try:
        resolver.close_over()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
