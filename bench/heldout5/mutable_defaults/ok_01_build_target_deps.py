from dataclasses import dataclass, field


@dataclass
class Target:
    name: str
    sources: list = field(default_factory=list)
    deps: tuple = ()
    flags: dict = field(default_factory=dict)

    def depends_on(self, *names):
        self.deps = self.deps + names
        return self


class BuildGraph:
    def __init__(self):
        self.targets = {}

    def add(self, name, sources=None, deps=(), flags=None):
        target = Target(name, list(sources or []), tuple(deps), dict(flags or {}))
        self.targets[name] = target
        return target

    def order(self, name, visited=None):
        if visited is None:
            visited = []
        for dep in self.targets[name].deps:
            if dep not in visited:
                self.order(dep, visited)
        if name not in visited:
            visited.append(name)
        return visited


if __name__ == "__main__":
    graph = BuildGraph()
    graph.add("libcore", ["core.c"])
    graph.add("libnet", ["net.c"]).depends_on("libcore")
    app = graph.add("app", ["main.c"], flags={"O": 2}).depends_on("libnet")
    app.sources.append("cli.c")
    tool = graph.add("tool", ["tool.c"])
    tool.flags["g"] = True
    assert graph.targets["tool"].sources == ["tool.c"]
    assert graph.targets["tool"].deps == ()
    assert graph.targets["libcore"].flags == {}
    assert graph.order("app") == ["libcore", "libnet", "app"]
    assert graph.order("tool") == ["tool"]
    print("OK")
