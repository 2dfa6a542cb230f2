from .pipeline import Observation, summarise


def main():
    good = Observation("Cygnus A", {"A1": 0.1, "A2": -0.2})
    bad = Observation("Sgr A*", {"A1": 0.1, "A2": 0.9, "A3": 0.0})
    print(summarise(good))
    try:
        print(summarise(bad))
    except UnboundLocalError as exc:
        print("summary failed:", exc)
        print("flags were", bad.flags)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
