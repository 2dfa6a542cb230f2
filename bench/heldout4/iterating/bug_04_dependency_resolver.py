class DependencyGraph:
    def __init__(self, index):
        self.index = index
        self.edges = {}

    def add(self, package):
        self.edges.setdefault(package, set(self.index.get(package, ())))

    def packages(self):
        for name in self.edges:
            yield name, self.edges[name]


class Resolver:
    def __init__(self, index):
        self.graph = DependencyGraph(index)

    def resolve(self, root):
        self.graph.add(root)
        resolved = []
        for name, deps in self.graph.packages():
            for dep in sorted(deps):
                self.graph.add(dep)
            resolved.append(name)
        return resolved


def main():
    index = {"web": {"http", "json"}, "http": {"sockets"}, "json": set(), "sockets": set()}
    resolver = Resolver(index)
    try:
        resolver.resolve("web")
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        assert set(resolver.graph.edges) == {"web", "http", "json"}
        print("BUG SHOWN")
        return
    raise AssertionError("resolved without error")


if __name__ == "__main__":
    main()
