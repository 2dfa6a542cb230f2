import re

CELL_REF = re.compile(r"\b([A-Z]+[0-9]+)\b")


class CycleError(Exception):
    def __init__(self, chain):
        super().__init__(" -> ".join(chain))
        self.chain = chain


class Sheet:
    def __init__(self):
        self.formulas = {}

    def set(self, ref, value):
        self.formulas[ref] = value

    def _evaluate(self, ref, stack):
        if ref in stack:
            raise CycleError(stack + [ref])
        raw = self.formulas.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            expr = raw[1:]
            for dep in set(CELL_REF.findall(expr)):
                expr = expr.replace(dep, repr(self._evaluate(dep, stack + [ref])))
            return eval(expr, {"__builtins__": {}})
        return raw

    def display(self, ref):
        try:
            value = self._evaluate(ref, [])
        except CycleError as cycle:
            value = None
        except ZeroDivisionError:
            return "#DIV/0!"
        if value is None:
            return "#CYCLE(" + " -> ".join(cycle.chain) + ")"
        return str(value)

    def render(self, refs):
        return {ref: self.display(ref) for ref in refs}


def main():
    sheet = Sheet()
    sheet.set("A1", 2)
    sheet.set("A2", "=A1*10")
    sheet.set("B1", "=A2/0")
    assert sheet.render(["A1", "A2", "B1"]) == {"A1": "2", "A2": "20", "B1": "#DIV/0!"}
    sheet.set("C1", "=C2+1")
    sheet.set("C2", "=C1+1")
    try:
        sheet.display("C1")
    except NameError as exc:
        assert isinstance(exc, UnboundLocalError)
        assert "cycle" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("cycle was rendered")


if __name__ == "__main__":
    main()
