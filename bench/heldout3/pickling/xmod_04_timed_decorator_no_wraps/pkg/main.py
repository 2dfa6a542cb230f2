import pickle

from .geo import haversine_km
from .routes import RoutePlanner


def main():
    stops = [(52.52, 13.40), (48.86, 2.35), (51.51, -0.13)]
    planner = RoutePlanner(stops)
    assert 870 < haversine_km(planner.legs()[0]) < 890
    try:
        planner.total_km()
    except (pickle.PicklingError, AttributeError) as exc:
        assert "timed_call" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("route computed in workers")


if __name__ == "__main__":
    main()
