import os


class Target:
    def __init__(self, name, sources, deps=[]):
        self.name = name
        self.sources = list(sources)
        self.deps = deps

    def depends_on(self, other):
        if other.name not in self.deps:
            self.deps.append(other.name)
        return self

    def output(self):
        return os.path.join("build", self.name + ".o")


class BuildGraph:
    def __init__(self):
        self.targets = {}

    def declare(self, name, sources):
        target = Target(name, sources)
        self.targets[name] = target
        return target

    def link_order(self, name, seen=None):
        seen = set() if seen is None else seen
        order = []
        for dep in self.targets[name].deps:
            if dep not in seen:
                seen.add(dep)
                order.extend(self.link_order(dep, seen))
                order.append(dep)
        return order


def main():
    graph = BuildGraph()
    zlib = graph.declare("zlib", ["adler32.c", "crc32.c"])
    png = graph.declare("libpng", ["png.c"]).depends_on(zlib)
    graph.declare("app", ["main.c"]).depends_on(png)

    zlib_deps = graph.targets["zlib"].deps
    assert zlib_deps == ["zlib", "libpng"], zlib_deps
    assert graph.targets["app"].deps is graph.targets["zlib"].deps
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
