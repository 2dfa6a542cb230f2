import functools
import itertools
from multiprocessing import Pool


class Workbook:
    def __init__(self, name):
        self.name = name
        self.sheets = {}
        self._revision = self._revisions()
        self.revision = next(self._revision)

    @staticmethod
    def _revisions():
        for n in itertools.count(1):
            yield f"r{n}"

    def set_range(self, sheet, column, values):
        col = self.sheets.setdefault(sheet, {})
        for row, value in enumerate(values, start=1):
            col[f"{column}{row}"] = value
        self.revision = next(self._revision)

    def aggregate(self, how, sheet, column):
        cells = [v for ref, v in self.sheets[sheet].items() if ref.startswith(column)]
        if how == "sum":
            return sum(cells)
        if how == "avg":
            return sum(cells) / len(cells)
        return max(cells)


class RecalcEngine:
    def __init__(self, workbook, processes=2):
        self.workbook = workbook
        self.processes = processes

    def recalc(self, sheet, column, functions):
        compute = functools.partial(self.workbook.aggregate, sheet=sheet, column=column)
        with Pool(self.processes) as pool:
            pending = {how: pool.apply_async(compute, (how,)) for how in functions}
            return {how: result.get(timeout=10) for how, result in pending.items()}


def main():
    book = Workbook("q3-forecast")
    book.set_range("sales", "B", [120, 80, 100])
    assert book.revision == "r2"
    assert book.aggregate("avg", "sales", "B") == 100
    try:
        RecalcEngine(book).recalc("sales", "B", ["sum", "avg", "max"])
    except TypeError as exc:
        assert "pickle" in str(exc) and "generator" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("recalculated in a pool")


if __name__ == "__main__":
    main()
