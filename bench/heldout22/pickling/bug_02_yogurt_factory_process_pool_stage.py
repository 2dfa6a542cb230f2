"""Quality control for a yogurt factory.

Lab readings for each fermentation batch are checked against the stage
specification.  The checks are CPU-heavy in production (spectral analysis),
so they are farmed out to a process pool; each job carries the batch
readings and the stage whose acceptance rule applies.
"""
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Callable


@dataclass
class Stage:
    name: str
    hours: float
    accept: Callable[[float], bool]


STAGES = {
    "inoculation": Stage("inoculation", 0.5, lambda ph: 6.2 <= ph <= 6.6),
    "fermentation": Stage("fermentation", 6.0, lambda ph: 4.4 <= ph <= 4.7),
    "cooling": Stage("cooling", 2.0, lambda ph: 4.2 <= ph <= 4.6),
}


def evaluate_batch(batch_id, readings, stage):
    failed = [r for r in readings if not stage.accept(r)]
    return batch_id, stage.name, not failed, failed


def run_checks(jobs):
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        futures = [pool.submit(evaluate_batch, batch_id, readings, STAGES[stage])
                   for batch_id, stage, readings in jobs]
        return [f.result(timeout=30) for f in futures]


def main():
    jobs = [
        ("B-2207", "fermentation", [4.61, 4.55, 4.52]),
        ("B-2208", "fermentation", [4.71, 4.80]),
        ("B-2209", "cooling", [4.45, 4.41]),
    ]
    try:
        results = run_checks(jobs)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print(f"QC run failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for batch_id, stage, passed, failed in results:
        print(f"{batch_id} {stage}: {'pass' if passed else 'HOLD ' + str(failed)}")


if __name__ == "__main__":
    main()
