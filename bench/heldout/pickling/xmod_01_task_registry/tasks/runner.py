"""Runs registered tasks over a batch of inputs in worker processes."""
from concurrent.futures import ProcessPoolExecutor

from .registry import REGISTRY


def run_batch(task_name, inputs, workers=2):
    fn = REGISTRY[task_name]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, inputs))
