from .vet import Vet
from .yard import Horse, Yard


def main():
    yard = Yard()
    vet = Vet()
    vet.attach(yard)
    for horse in (
        Horse(1, "Biscuit", 9.0),
        Horse(2, "Marigold", 8.5, temperature_c=39.1),
        Horse(3, "Thistle", 10.0),
        Horse(4, "Domino", 7.5),
    ):
        yard.stable(horse)
    try:
        used = yard.feed_round()
    except RuntimeError as exc:
        print("feed round abandoned:", exc)
        print("isolated:", vet.isolation, "hay used so far:", yard.hay_used_kg)
        print("BUG SHOWN")
        return
    print("hay used:", used, "isolated:", vet.isolation)
    print("OK")


if __name__ == "__main__":
    main()
