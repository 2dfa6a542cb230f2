class PackageIndex:
    def __init__(self, requires):
        self.requires = requires

    def deps_of(self, name):
        return self.requires.get(name, ())


class Resolver:
    def __init__(self, index):
        self.index = index

    def _include(self, selected, name):
        for dep in self.index.deps_of(name):
            selected.add(dep)

    def closure(self, roots):
        selected = set(roots)
        for name in selected:
            self._include(selected, name)
        return selected


def main():
    index = PackageIndex({
        "web": ("http", "templates"),
        "http": ("sockets",),
        "templates": ("markup",),
    })
    resolver = Resolver(index)
    try:
        resolver.closure({"web"})
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("resolved without error")


if __name__ == "__main__":
    main()
