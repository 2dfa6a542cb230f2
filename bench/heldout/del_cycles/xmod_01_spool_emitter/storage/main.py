import gc
import os
import tempfile

from .spool import SpoolFile


def spool_records(directory, records):
    spool = SpoolFile(directory)
    for record in records:
        spool.append(record)
    return spool.path


if __name__ == "__main__":
    gc.disable()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = spool_records(tmp, ["a", "b", "c", "d"])
            with open(path) as fh:
                assert fh.read() == "a\nb\nc\n"
            assert os.listdir(tmp) == [os.path.basename(path)]
            gc.collect()
            assert os.listdir(tmp) == []
    finally:
        gc.enable()
    print("BUG SHOWN")
