from .length import Foot, Inch, Metre

KNOWN = [Metre, Foot, Inch]


def parse(text):
    number, word = text.split(maxsplit=1)
    for unit in KNOWN:
        if unit.recognises(word):
            return unit(number)
    raise ValueError(f"unknown unit in {text!r}")
