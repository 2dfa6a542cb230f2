import pickle

from .jobs import run_parallel
from .workshop import RepairBench


def main():
    bench = RepairBench("Nell")
    tickets = [
        {"id": "U-101", "parts": ["rib", "rib", "runner"]},
        {"id": "U-102", "parts": ["canopy"]},
        {"id": "U-103", "parts": ["handle", "rib"]},
    ]
    try:
        results = run_parallel(bench.repair, tickets)
    except (TypeError, pickle.PicklingError, AttributeError) as exc:
        print("batch failed:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    print(results)
    print("OK")


if __name__ == "__main__":
    main()
