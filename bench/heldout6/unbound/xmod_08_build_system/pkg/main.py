from .rules import CompileRule, Target


class BuildGraph:
    def __init__(self, rule):
        self.rule = rule
        self.targets = []

    def add(self, target):
        self.targets.append(target)
        return target

    def plan(self):
        return {t.name: self.rule.commands(t) for t in self.targets}


def main():
    graph = BuildGraph(CompileRule())
    graph.add(Target("libcore", ["src/core.c", "src/util.c"]))
    graph.add(Target("firmware", ["fw/boot.c"], arch="arm64"))
    try:
        plan = graph.plan()
    except UnboundLocalError as exc:
        assert "host" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError(f"planned {sorted(plan)}")


if __name__ == "__main__":
    main()
