import pickle

from .logbook import load_trip_hauls
from .quota import uptake_by_species

QUOTA_KG = {"cod": 4000.0, "haddock": 9000.0, "monkfish": 1500.0}


def main() -> None:
    hauls = load_trip_hauls()
    try:
        uptake = uptake_by_species(hauls)
    except (AttributeError, pickle.PicklingError, TypeError) as exc:
        print(f"quota run failed: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for species, kg in uptake.items():
        print(f"{species}: {kg:.1f} kg of {QUOTA_KG[species]:.0f} kg quota")


if __name__ == "__main__":
    main()
