"""Sends objects made by jobs.resources to a process pool; `python3 -m jobs.run` shows each bug."""
import os
from concurrent.futures import ProcessPoolExecutor

from jobs import resources
from jobs.resources import Guarded, Holder, Plain, Reader


def fails(fn):
    try:
        fn()
    except TypeError as e:
        return "pickle" in str(e)
    return False


def main():
    h = Holder()
    with ProcessPoolExecutor(max_workers=1) as ex:
        assert fails(lambda: ex.submit(h.work, 1).result())  # expect: SNG602
        assert fails(lambda: list(ex.map(Reader(os.devnull).read, [1, 2])))  # expect: SNG602
        assert fails(lambda: ex.submit(resources.Holder().work, 1).result())  # expect: SNG602
        assert ex.submit(Guarded().work, 1).result() == 1
        assert ex.submit(Plain().work, 1).result() == 2
    print("all shown")


if __name__ == "__main__":
    main()
