import os

DEFAULT_TOOLCHAIN = "gcc-12"
TOOLCHAIN_ALIASES = {"clang": "clang-17", "gcc": "gcc-12", "msvc": "cl-19"}


class Target:
    def __init__(self, name, sources, toolchain=None):
        self.name = name
        self.sources = list(sources)
        self.toolchain = toolchain


def resolve_toolchain(target, env):
    if target.toolchain:
        return TOOLCHAIN_ALIASES.get(target.toolchain, target.toolchain)
    chosen = DEFAULT_TOOLCHAIN
    override = env.get("BUILD_TOOLCHAIN")
    if override:
        DEFAULT_TOOLCHAIN = TOOLCHAIN_ALIASES.get(override, override)
        chosen = DEFAULT_TOOLCHAIN
    return chosen


class BuildGraph:
    def __init__(self, env=None):
        self.env = dict(os.environ if env is None else env)
        self.targets = {}

    def add(self, target):
        self.targets[target.name] = target
        return target

    def plan(self):
        steps = []
        for name, target in sorted(self.targets.items()):
            tc = resolve_toolchain(target, self.env)
            for src in target.sources:
                steps.append((tc, src, f"build/{name}/{src}.o"))
        return steps


def main():
    graph = BuildGraph(env={})
    graph.add(Target("core", ["alloc.c", "hash.c"], toolchain="clang"))
    graph.add(Target("cli", ["main.c"]))
    try:
        graph.plan()
    except UnboundLocalError as exc:
        assert "DEFAULT_TOOLCHAIN" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("plan() succeeded")


if __name__ == "__main__":
    main()
