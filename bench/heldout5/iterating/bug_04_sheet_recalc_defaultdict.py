import re
from collections import defaultdict


class Cell:
    def __init__(self, raw=""):
        self.raw = raw
        self.value = None

    @property
    def is_formula(self):
        return self.raw.startswith("=")


class Spreadsheet:
    REF = re.compile(r"[A-Z]+[0-9]+")

    def __init__(self):
        self.cells = defaultdict(Cell)

    def set(self, ref, raw):
        self.cells[ref].raw = raw

    def _resolve(self, ref):
        cell = self.cells[ref]
        if cell.value is None:
            cell.value = self._evaluate(cell)
        return cell.value

    def _evaluate(self, cell):
        if not cell.is_formula:
            return float(cell.raw) if cell.raw else 0.0
        expr = self.REF.sub(lambda m: repr(self._resolve(m.group(0))), cell.raw[1:])
        return eval(expr, {"__builtins__": {}})

    def recalculate(self):
        for cell in self.cells.values():
            cell.value = None
        for ref in self.cells:
            self._resolve(ref)
        return {ref: cell.value for ref, cell in self.cells.items()}


if __name__ == "__main__":
    sheet = Spreadsheet()
    sheet.set("A1", "10")
    sheet.set("A2", "32")
    sheet.set("A3", "=A1+A2")
    assert sheet.recalculate()["A3"] == 42.0
    sheet.set("B1", "=A3*B9")
    try:
        sheet.recalculate()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("recalculated")
