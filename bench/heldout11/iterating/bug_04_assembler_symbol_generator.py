class Symbol:
    def __init__(self, name, address=None):
        self.name = name
        self.address = address

    @property
    def resolved(self):
        return self.address is not None


class SymbolTable:
    def __init__(self):
        self._symbols = {}

    def define(self, name, address=None):
        sym = self._symbols.get(name)
        if sym is None:
            sym = self._symbols[name] = Symbol(name, address)
        elif address is not None:
            sym.address = address
        return sym

    def unresolved(self):
        for sym in self._symbols.values():
            if not sym.resolved:
                yield sym

    def __getitem__(self, name):
        return self._symbols[name]


class Linker:
    def __init__(self, objects, base=0x1000):
        self.objects = objects
        self.table = SymbolTable()
        self.cursor = base
        self.layout = []

    def reference(self, name):
        self.table.define(name)

    def _place(self, sym):
        size, imports = self.objects[sym.name]
        self.table.define(sym.name, self.cursor)
        self.layout.append((sym.name, hex(self.cursor)))
        self.cursor += size
        for dep in imports:
            self.reference(dep)

    def link(self):
        for sym in self.table.unresolved():
            self._place(sym)
        return self.layout


if __name__ == "__main__":
    linker = Linker({
        "_start": (0x20, ["main"]),
        "main": (0x80, ["printf", "exit"]),
        "printf": (0x200, []),
        "exit": (0x10, []),
    })
    linker.reference("_start")
    try:
        linker.link()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc), exc
        assert linker.layout == [("_start", "0x1000")]
        print("BUG SHOWN")
    else:
        raise AssertionError("link unexpectedly completed")
