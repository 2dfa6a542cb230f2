import pickle
from concurrent.futures import ProcessPoolExecutor

from .models import ParcelFast
from .sizing import smallest_slot


def main():
    parcels = [ParcelFast("A100", (30, 20, 8)), ParcelFast("A101", (44, 30, 18))]
    try:
        with ProcessPoolExecutor(max_workers=2) as pool:
            allocation = dict(pool.map(smallest_slot, parcels))
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("sizing failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print("allocation:", allocation)


if __name__ == "__main__":
    main()
