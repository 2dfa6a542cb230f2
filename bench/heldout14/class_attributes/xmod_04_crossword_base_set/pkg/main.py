from .grid import Puzzle

DICTIONARY = ["oboe", "reed", "tuba", "harp", "lute", "viola", "cello"]


def main():
    monday = Puzzle("Monday", [("1A", 4), ("2D", 5)], DICTIONARY)
    tuesday = Puzzle("Tuesday", [("1A", 4), ("3D", 5), ("5A", 4)], DICTIONARY)
    print("monday:", monday.fill())
    try:
        tuesday_answers = tuesday.fill()
        print("tuesday:", tuesday_answers)
    except LookupError as exc:
        print("tuesday:", exc)
        tuesday_answers = None
    # Each puzzle draws on the full dictionary independently.
    if tuesday_answers is None or tuesday_answers["1A"] != "OBOE":
        print("tuesday could not reuse words from monday's puzzle")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
