class Sheet:
    def __init__(self):
        self.values = {}
        self.formulas = {}

    def set(self, ref, value):
        self.values[ref] = value

    def formula(self, ref, fn):
        self.formulas[ref] = fn

    def get(self, ref):
        if ref in self.formulas:
            return self.formulas[ref]()
        return self.values.get(ref, 0)

    def column(self, col, rows):
        return [self.get(f"{col}{r}") for r in rows]


def add_row_totals(sheet, rows, cols):
    for row in rows:
        def total():
            return sum(sheet.get(f"{c}{row}") for c in cols)
        sheet.formula(f"T{row}", total)


def add_vat_column(sheet, rows, rate):
    for row in rows:
        net_ref = f"T{row}"

        def gross():
            return round(sheet.get(net_ref) * (1 + rate), 2)
        sheet.formula(f"G{row}", gross)


def main():
    sheet = Sheet()
    data = {1: (10, 5), 2: (20, 1), 3: (7, 7)}
    for row, (a, b) in data.items():
        sheet.set(f"A{row}", a)
        sheet.set(f"B{row}", b)
    add_row_totals(sheet, data, "AB")
    add_vat_column(sheet, data, 0.2)
    totals = sheet.column("T", data)
    assert totals != [15, 21, 14]
    assert totals == [14, 14, 14], totals
    assert sheet.column("G", data) == [16.8, 16.8, 16.8]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
