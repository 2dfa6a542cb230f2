import gc

from .cells import EVICTED
from .workbook import Workbook


def main():
    gc.disable()
    try:
        book = Workbook()
        q1 = book.add_sheet("Q1")
        q1.cell("A1").value = 1200
        q1.cell("A2").value = 800
        total = q1.set_formula("A3", ["A1", "A2"], lambda a, b: a + b)
        assert total.value == 2000
        del total, q1
        book.remove_sheet("Q1")
        assert EVICTED == [], EVICTED
        gc.collect()
        assert sorted(EVICTED) == ["A1", "A2", "A3"], EVICTED
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
