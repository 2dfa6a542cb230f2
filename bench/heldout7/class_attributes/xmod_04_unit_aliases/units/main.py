from .length import Foot, Metre
from .parser import parse


def main():
    assert isinstance(parse("3 m"), Metre)
    six = parse("6 feet")
    assert type(six) is Metre, type(six)
    assert Metre.recognises("inches")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
