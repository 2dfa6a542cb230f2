import pickle

from .screening import ScreeningRun


def main():
    apps = [
        {"ref": "V-1001", "docs": ["passport", "photo", "itinerary"], "passport_months": 14},
        {"ref": "V-1002", "docs": ["passport", "itinerary"], "passport_months": 30},
        {"ref": "V-1003", "docs": ["passport", "photo", "itinerary"], "passport_months": 3},
    ]
    run = ScreeningRun("tourist")
    try:
        results = run.screen(apps)
    except (AttributeError, pickle.PicklingError, TypeError) as exc:
        print("screening failed:", type(exc).__name__, exc)
        if "local object" in str(exc):
            print("BUG SHOWN")
        return
    print(results)


if __name__ == "__main__":
    main()
