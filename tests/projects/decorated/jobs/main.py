"""`python3 -m jobs.main`: functions replaced by a decorator's inner function cannot be sent."""
import functools
import pickle
from concurrent.futures import ProcessPoolExecutor

from . import tasks
from .instrument import make_checker
from .bench import Bench, fan_out
from .tasks import checksum, first, last, size


def run(fn, blobs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(fn, blobs))


def sums(blobs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(checksum, blobs))  # expect: SNG601


def sizes(blobs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(tasks.size, blobs))  # expect: SNG601


def partial_sums(blobs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(functools.partial(checksum), blobs))  # expect: SNG602


def firsts(blobs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(first, blobs)) + list(pool.map(last, blobs))


def checks(blobs):
    checker = make_checker(3)
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(checker, blobs))  # expect: SNG601


def benches(blobs):
    timed_bench = Bench(checksum)  # expect: SNG601
    plain = Bench(first)
    return plain.run(blobs), fan_out(size, blobs), timed_bench  # expect: SNG601


if __name__ == "__main__":
    for fn in (checksum, size):
        try:
            pickle.dumps(fn)
        except (pickle.PicklingError, AttributeError) as exc:
            assert "<locals>" in str(exc) or "local object" in str(exc), exc
        else:
            raise AssertionError("pickled")
    try:
        sums([b"ab"])
    except (pickle.PicklingError, AttributeError):
        pass
    else:
        raise AssertionError("sent")
    try:
        partial_sums([b"ab"])
    except (pickle.PicklingError, AttributeError):
        pass
    else:
        raise AssertionError("sent")
    try:
        checks([b"ab"])
    except (pickle.PicklingError, AttributeError):
        pass
    else:
        raise AssertionError("sent")
    assert firsts([b"ab"]) == [b"a", b"b"]
    assert Bench(first).run([b"ab"]) == [b"a"]
    for bad in (lambda: Bench(checksum).run([b"ab"]), lambda: fan_out(size, [b"ab"])):  # expect: SNG601
        try:
            bad()
        except (pickle.PicklingError, AttributeError):
            pass
        else:
            raise AssertionError("sent")
    print("checksum, size: not picklable; first (functools.wraps), last (itself): sent")
