import re
from collections import defaultdict

REF = re.compile(r"\b([A-Z]+[0-9]+)\b")


class Sheet:
    _graph = defaultdict(set)

    def __init__(self, title):
        self.title = title
        self.cells = {}

    @property
    def dependents(self):
        return self._graph

    def set_formula(self, cell, formula):
        self.cells[cell] = formula
        for ref in REF.findall(formula):
            self.dependents[ref].add(cell)

    def set_value(self, cell, value):
        self.cells[cell] = value

    def affected_by(self, cell):
        out, todo = set(), [cell]
        while todo:
            for dep in self.dependents.get(todo.pop(), ()):
                if dep not in out:
                    out.add(dep)
                    todo.append(dep)
        return out


class Workbook:
    def __init__(self):
        self.sheets = {}

    def add_sheet(self, title):
        self.sheets[title] = Sheet(title)
        return self.sheets[title]


def main():
    book = Workbook()
    budget = book.add_sheet("Budget")
    budget.set_value("A1", 100)
    budget.set_formula("B1", "=A1*1.2")
    budget.set_formula("C1", "=B1+A1")

    notes = book.add_sheet("Notes")
    notes.set_value("A1", "meeting notes")

    affected = notes.affected_by("A1")
    assert affected == {"B1", "C1"}, affected
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
