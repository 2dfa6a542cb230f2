"""Harvest instrumentation for an orchard management service.

Picking, grading and packing steps are wrapped by a decorator that keeps a
running count of calls and the total kilograms handled, exposed through a
small metrics registry that the dashboard polls.
"""
import functools
import time

METRICS = {}


def instrumented(metric_name, weight_of=lambda result: 0.0):
    calls = 0
    kilograms = 0.0
    busy_seconds = 0.0

    def snapshot():
        return {"calls": calls, "kg": round(kilograms, 2), "busy_s": busy_seconds}

    METRICS[metric_name] = snapshot

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            result = fn(*args, **kwargs)
            busy_seconds += time.perf_counter() - started
            kilograms += weight_of(result)
            calls += 1
            return result

        wrapper.metrics = snapshot
        return wrapper

    return decorate


class Crate:
    def __init__(self, variety, kg, grade="ungraded"):
        self.variety = variety
        self.kg = kg
        self.grade = grade

    def __repr__(self):
        return f"Crate({self.variety}, {self.kg}kg, {self.grade})"


@instrumented("picking", weight_of=lambda crates: sum(c.kg for c in crates))
def pick_row(row, variety, trees, kg_per_tree):
    return [Crate(variety, kg_per_tree) for _ in range(trees)]


@instrumented("grading", weight_of=lambda crate: crate.kg)
def grade(crate):
    crate.grade = "A" if crate.kg >= 18 else "B"
    return crate


def harvest_day(plan):
    graded = []
    for row, variety, trees, kg in plan:
        for crate in pick_row(row, variety, trees, kg):
            graded.append(grade(crate))
    return graded


def dashboard():
    return {name: snap() for name, snap in METRICS.items()}


def main():
    print("metrics before harvest:", dashboard())
    plan = [(1, "Cox", 3, 19.5), (2, "Bramley", 2, 16.0)]
    try:
        crates = harvest_day(plan)
    except UnboundLocalError as exc:
        print("instrumented step failed:", exc)
        print("BUG SHOWN")
        return
    print(crates)
    print("metrics after harvest:", dashboard())


if __name__ == "__main__":
    main()
