"""Iron foundry casting planner.

The solidification estimate for each mould is CPU heavy, so the planner
farms it out to a process pool.  Casting orders are also updated from the
melt-shop threads, so each order carries a lock protecting its status.
"""
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

LATENT_HEAT = 272.0
POUR_TEMPERATURE_C = 1420


@dataclass
class CastingOrder:
    pattern: str
    alloy: str
    weight_kg: float
    section_mm: float
    status: str = "queued"
    history: list = field(default_factory=list)

    def __post_init__(self):
        self._status_lock = threading.Lock()

    def set_status(self, status):
        with self._status_lock:
            self.history.append(self.status)
            self.status = status


def cooling_minutes(order):
    """Chvorinov-style estimate, iterated to stand in for the real model."""
    modulus = order.section_mm / 20.0
    constant = 2.1 if order.alloy.startswith("grey") else 2.6
    estimate = 0.0
    for step in range(1, 20001):
        estimate += constant * modulus ** 2 / 20000 * (1 + 1 / step) ** 0.01
    return round(estimate * 60 * (LATENT_HEAT / 272.0), 1)


class CastingPlanner:
    def __init__(self, workers=2):
        self.workers = workers

    def plan(self, orders):
        context = multiprocessing.get_context("spawn")
        results = {}
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            futures = {order.pattern: pool.submit(cooling_minutes, order) for order in orders}
            for order in orders:
                order.set_status("estimating")
            for pattern, future in futures.items():
                results[pattern] = future.result(timeout=30)
        return results


def main():
    orders = [
        CastingOrder("HYD-VALVE-BODY", "grey iron GG25", 48.0, 32.0),
        CastingOrder("INLET-MANIFOLD", "ductile GGG40", 21.5, 14.0),
        CastingOrder("LAMP-POST-BASE", "grey iron GG20", 130.0, 45.0),
    ]
    planner = CastingPlanner()
    try:
        plan = planner.plan(orders)
    except (TypeError, AttributeError) as exc:
        print(f"planner failed: {type(exc).__name__}: {exc}")
        print(f"order states: {[o.status for o in orders]}")
        print("BUG SHOWN")
        return
    for pattern, minutes in plan.items():
        print(f"{pattern}: shake out after {minutes} min")
    print("plan complete")


if __name__ == "__main__":
    main()
