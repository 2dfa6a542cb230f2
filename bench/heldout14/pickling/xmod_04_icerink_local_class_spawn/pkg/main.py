import multiprocessing as mp
import pickle

from .resurfacing import plan_resurface
from .sessions import build_day


def run_planner(sessions):
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    worker = ctx.Process(target=plan_resurface, args=(sessions, results), daemon=True)
    worker.start()
    plan = results.get(timeout=20)
    worker.join()
    return plan


def main():
    day = build_day([
        ("public", "10:00", 150),
        ("hockey", "12:00", 24),
        ("figure", "14:00", 8),
        ("public", "16:00", 120),
    ])
    try:
        plan = run_planner(day)
    except (AttributeError, pickle.PicklingError, TypeError) as exc:
        print(f"planner not started: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print("resurface after:", plan)
    print("OK")


if __name__ == "__main__":
    main()
