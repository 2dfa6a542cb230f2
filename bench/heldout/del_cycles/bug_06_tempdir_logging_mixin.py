"""Scratch directory helper that logs through a mixin-provided logger."""
import gc
import os
import shutil
import tempfile


class InstanceLogger:
    def __init__(self, owner):
        self.owner = owner
        self.lines = []

    def info(self, msg):
        self.lines.append(f"[{type(self.owner).__name__}:{id(self.owner):x}] {msg}")


class LoggingMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = InstanceLogger(self)


class ScratchDir(LoggingMixin):
    def __init__(self, prefix="scratch-"):
        self.path = tempfile.mkdtemp(prefix=prefix)
        super().__init__()
        self.log.info(f"created {self.path}")

    def write(self, name, data):
        with open(os.path.join(self.path, name), "w") as fh:
            fh.write(data)
        self.log.info(f"wrote {name}")

    def __del__(self):
        shutil.rmtree(self.path, ignore_errors=True)


def render_report(rows):
    scratch = ScratchDir()
    scratch.write("report.csv", "\n".join(rows))
    return scratch.path


if __name__ == "__main__":
    gc.disable()
    try:
        path = render_report(["a,1", "b,2"])
        assert os.path.exists(os.path.join(path, "report.csv"))
        gc.collect()
        assert not os.path.exists(path)
    finally:
        gc.enable()
    print("BUG SHOWN")
