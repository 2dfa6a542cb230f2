import os
import pickle
import tempfile

from .batch import run_batch
from .camera import Camera


def main():
    path = os.path.join(tempfile.mkdtemp(), "a40.log")
    with open(path, "a") as journal:
        camera = Camera("A40 westbound", 50, journal)
        readings = [("AB12CDE", 48), ("XY99ZZZ", 63)]
        try:
            results = run_batch(camera, readings)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            print("batch not dispatched:", exc)
            print("BUG SHOWN")
            return
    print(results)


if __name__ == "__main__":
    main()
