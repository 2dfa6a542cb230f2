"""Runs a function over items in worker processes."""
from concurrent.futures import ProcessPoolExecutor


def fan_out(fn, items, workers=1):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fn, item) for item in items]
        return [f.result(timeout=30) for f in futures]


def describe(fn, items):
    return "%s over %d items" % (getattr(fn, "__name__", "?"), len(items))  # sends nothing
