import re

REF = re.compile(r"\b([A-Z]+[0-9]+)\b")


class Sheet:
    def __init__(self, name, cells, formulas):
        self.name = name
        self.cells = cells
        self.formulas = formulas

    @classmethod
    def from_rows(cls, name, rows, formulas={}):
        cells = {}
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                cells[f"{chr(ord('A') + c)}{r}"] = value
        return cls(name, cells, formulas)

    def set_formula(self, ref, expr):
        self.formulas[ref] = expr

    def value(self, ref):
        if ref in self.formulas:
            expr = REF.sub(lambda m: repr(self.value(m.group(1))), self.formulas[ref])
            return eval(expr, {"__builtins__": {}})
        return self.cells.get(ref, 0)

    def recalc(self):
        return {ref: self.value(ref) for ref in self.formulas}


if __name__ == "__main__":
    budget = Sheet.from_rows("budget", [[100, 250], [40, 60]])
    budget.set_formula("C1", "A1 + B1")
    grades = Sheet.from_rows("grades", [[7, 9]])
    grades.set_formula("C2", "A1 * 2")
    assert budget.recalc() == {"C1": 350, "C2": 200}
    assert set(grades.recalc()) == {"C1", "C2"}
    print("BUG SHOWN")
