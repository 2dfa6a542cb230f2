"""`python3 -m pool.main`: each flagged hand-off fails to pickle."""
import pickle

from .exporter import LoggedExporter, PlainExporter
from .jobs import describe, fan_out


def triple(item):
    return item * 3


def main():
    logged = LoggedExporter()
    failures = 0
    for fn in ("bound", "lambda"):
        try:
            if fn == "bound":
                fan_out(logged.export, [1, 2])  # expect: SNG602
            else:
                fan_out(lambda item: item + 1, [1, 2])  # expect: SNG601
        except (TypeError, AttributeError, pickle.PicklingError) as exc:
            assert "pickle" in str(exc), exc
            failures += 1
    assert failures == 2
    assert fan_out(triple, [1, 2]) == [3, 6]
    assert fan_out(PlainExporter(2).export, [1, 2]) == [2, 4]
    assert describe(lambda item: item, [1]) == "<lambda> over 1 items"
    print("fan_out: a bound method of an object with an open file and a lambda fail to pickle")


if __name__ == "__main__":
    main()
