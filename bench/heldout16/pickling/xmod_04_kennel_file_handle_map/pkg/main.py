import pickle
from concurrent.futures import ProcessPoolExecutor

from .models import Kennel
from .rations import daily_rations


def plan(kennels):
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(daily_rations, kennels))


def main():
    kennels = [Kennel("north", {"Bramble": 22, "Pip": 8}), Kennel("south", {"Moss": 31})]
    for k in kennels:
        k.note("morning feed pending")
    try:
        print(plan(kennels))
    except (pickle.PicklingError, TypeError) as exc:
        print("ration planning failed:", exc)
        print("BUG SHOWN")
    finally:
        for k in kennels:
            k.close()


if __name__ == "__main__":
    main()
