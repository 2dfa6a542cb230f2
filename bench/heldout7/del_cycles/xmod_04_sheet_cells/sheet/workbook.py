from .cells import Cell


class Worksheet:
    def __init__(self, title):
        self.title = title
        self.cells = {}

    def cell(self, ref):
        if ref not in self.cells:
            self.cells[ref] = Cell(ref)
        return self.cells[ref]

    def set_formula(self, ref, inputs, fn):
        target = self.cell(ref)
        for r in inputs:
            target.depends_on(self.cell(r))
        target.value = fn(*(self.cell(r).value for r in inputs))
        return target


class Workbook:
    def __init__(self):
        self.sheets = {}

    def add_sheet(self, title):
        self.sheets[title] = Worksheet(title)
        return self.sheets[title]

    def remove_sheet(self, title):
        del self.sheets[title]
