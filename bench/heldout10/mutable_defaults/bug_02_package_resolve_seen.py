class PackageIndex:
    def __init__(self, manifest):
        self.manifest = manifest

    def requires(self, name):
        return self.manifest.get(name, [])


def walk_requirements(index, name, _seen=[]):
    if name in _seen:
        return []
    _seen.append(name)
    order = []
    for dep in index.requires(name):
        order.extend(walk_requirements(index, dep))
    order.append(name)
    return order


class Installer:
    def __init__(self, index):
        self.index = index
        self.installed = []

    def plan(self, root):
        return walk_requirements(self.index, root)

    def install(self, root):
        for name in self.plan(root):
            if name not in self.installed:
                self.installed.append(name)
        return self.installed


def main():
    web = PackageIndex({"webapp": ["http", "json"], "http": ["sockets"], "json": []})
    cli = PackageIndex({"tool": ["argparse2", "json"], "argparse2": []})
    first = Installer(web).install("webapp")
    assert first == ["sockets", "http", "json", "webapp"]
    second = Installer(cli).install("tool")
    assert "json" not in second, second
    assert second == ["argparse2", "tool"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
