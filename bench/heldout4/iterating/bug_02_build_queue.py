from dataclasses import dataclass, field


@dataclass
class BuildStep:
    name: str
    done: bool = False


@dataclass
class BuildQueue:
    steps: list = field(default_factory=list)
    archived: list = field(default_factory=list)

    def _retire(self, step):
        self.steps.remove(step)
        self.archived.append(step.name)

    def compact(self):
        for step in self.steps:
            if step.done:
                self._retire(step)

    def pending(self):
        return [s.name for s in self.steps if not s.done]


def main():
    queue = BuildQueue([BuildStep("fetch", True), BuildStep("compile", True),
                        BuildStep("test"), BuildStep("lint", True), BuildStep("package", True)])
    queue.compact()
    remaining = [s.name for s in queue.steps]
    assert remaining == ["compile", "test", "package"], remaining
    assert queue.archived == ["fetch", "lint"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
