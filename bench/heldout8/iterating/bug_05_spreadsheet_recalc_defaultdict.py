import re
from collections import defaultdict

REF = re.compile(r"[A-Z]+[0-9]+")


class Spreadsheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.dependents = defaultdict(set)

    def set(self, cell, content):
        self.raw[cell] = content
        if isinstance(content, str) and content.startswith("="):
            for ref in REF.findall(content):
                self.dependents[ref].add(cell)

    def _evaluate(self, cell):
        content = self.raw.get(cell, 0)
        if isinstance(content, str) and content.startswith("="):
            expr = REF.sub(lambda m: repr(self.values.get(m.group(0), 0)), content[1:])
            return eval(expr, {"__builtins__": {}})
        return content

    def _fan_out(self, cell):
        return len(self.dependents[cell])

    def recalculate(self):
        for cell in self.raw:
            self.values[cell] = self._evaluate(cell)
        order = []
        for cell, deps in self.dependents.items():
            for dep in sorted(deps, key=self._fan_out):
                self.values[dep] = self._evaluate(dep)
                order.append(dep)
        return order


def main():
    sheet = Spreadsheet()
    sheet.set("A1", 120)
    sheet.set("A2", 80)
    sheet.set("B1", "=A1+A2")
    sheet.set("C1", "=B1*2")
    sheet.set("D1", "=A1-A2")
    try:
        sheet.recalculate()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        assert "D1" in sheet.dependents
        print("BUG SHOWN")
    else:
        raise AssertionError("expected RuntimeError")


if __name__ == "__main__":
    main()
