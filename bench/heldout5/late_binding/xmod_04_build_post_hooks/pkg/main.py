from .hooks import HookRegistry
from .targets import Target, declare_targets


class Builder:
    def __init__(self, outdir):
        self.outdir = outdir
        self.hooks = HookRegistry()

    def build(self, targets):
        declare_targets(self.hooks, targets)
        context = {"outdir": self.outdir, "artifacts": []}
        self.hooks.fire_post_build(context)
        return context["artifacts"]


def main():
    builder = Builder("dist")
    artifacts = builder.build([
        Target("core", ["core.c", "alloc.c"]),
        Target("net", ["socket.c"]),
        Target("cli", ["main.c"]),
    ])
    names = [name for name, _ in artifacts]
    assert names == ["dist/cli.tar"] * 3, names
    assert all(objs == ["main.o"] for _, objs in artifacts)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
