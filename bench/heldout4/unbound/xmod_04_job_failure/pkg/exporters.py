from .jobs import Job


class CsvExport(Job):
    def __init__(self, name, rows):
        super().__init__(name)
        self.rows = rows

    def step(self):
        out = []
        for row in self.rows:
            if any("," in str(cell) for cell in row):
                raise ValueError(f"unquoted comma in {row!r}")
            out.append(",".join(str(cell) for cell in row))
        return "\n".join(out)
