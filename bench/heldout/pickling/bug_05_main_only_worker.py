"""Checksum tool that hashes files in a spawned process pool."""
import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def run_parallel(fn, items, workers=2):
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        return list(pool.map(fn, items))


def describe(results):
    return {name: digest[:8] for name, digest in results}


if __name__ == "__main__":
    def checksum(blob):
        name, data = blob
        return name, hashlib.sha256(data).hexdigest()

    blobs = [("a.txt", b"alpha"), ("b.txt", b"bravo")]
    assert checksum(blobs[0])[1].startswith("8ed3f6ad")
    try:
        describe(run_parallel(checksum, blobs))
    except BrokenProcessPool:
        pass
    else:
        raise AssertionError("spawned workers unexpectedly found checksum")
    print("BUG SHOWN")
