"""Spool file that buffers records and writes them on flush."""
import os
import tempfile

from .events import EmitterMixin


class SpoolFile(EmitterMixin):
    def __init__(self, directory):
        fd, self.path = tempfile.mkstemp(dir=directory, suffix=".spool")
        os.close(fd)
        self.pending = []
        self.on("flush", self._write_out)

    def append(self, record):
        self.pending.append(record)
        if len(self.pending) >= 3:
            self.emit("flush")

    def _write_out(self):
        with open(self.path, "a") as fh:
            fh.writelines(f"{r}\n" for r in self.pending)
        self.pending.clear()

    def __del__(self):
        if os.path.exists(self.path):
            os.remove(self.path)
