"""Battery range estimates for a solar boat hire fleet."""
import pickle
from concurrent.futures import ProcessPoolExecutor


class Boat:
    def __init__(self, name, battery_kwh, panel_kw):
        self.name = name
        self.battery_kwh = battery_kwh
        self.panel_kw = panel_kw


def consumption_model(speed_knots):
    return 0.4 * speed_knots ** 1.5


def build_estimator(sun_hours):
    return lambda boat, speed: round(
        (boat.battery_kwh + boat.panel_kw * sun_hours) / consumption_model(speed), 1)


class RangePlanner:
    def __init__(self, fleet, sun_hours):
        self.fleet = fleet
        self.estimate = build_estimator(sun_hours)

    def plan(self, speed):
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(self.estimate, boat, speed) for boat in self.fleet]
            return {b.name: f.result() for b, f in zip(self.fleet, futures)}


def main():
    planner = RangePlanner([Boat("Sunbeam", 10, 1.2), Boat("Ray", 6, 0.8)], sun_hours=5)
    try:
        print(planner.plan(4))
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("could not ship estimator to workers:", type(exc).__name__, exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
