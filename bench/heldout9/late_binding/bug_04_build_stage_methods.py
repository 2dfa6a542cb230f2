STAGES = ("fetch", "configure", "compile", "package")


def with_stage_methods(cls):
    for stage in STAGES:
        setattr(cls, f"run_{stage}", lambda self: self.run_stage(stage))
    return cls


@with_stage_methods
class Build:
    def __init__(self, target):
        self.target = target
        self.log = []
        self.done = set()

    def run_stage(self, stage):
        required = STAGES[:STAGES.index(stage)]
        missing = [s for s in required if s not in self.done]
        if missing:
            raise RuntimeError(f"{self.target}: {stage} needs {missing}")
        self.log.append(f"{self.target}:{stage}")
        self.done.add(stage)


build = Build("libfoo")
try:
    build.run_fetch()
except RuntimeError as exc:
    assert "package needs" in str(exc)
    assert build.log == []
    print("BUG SHOWN")
else:
    raise AssertionError("expected RuntimeError")
