class IRFunction:
    def __init__(self, name, instructions):
        self.name = name
        self.instructions = list(instructions)


class Pass:
    name = "pass"
    requires = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()

    @classmethod
    def after(cls, *others):
        for other in others:
            cls.requires.append(other.name)
        return cls

    def run(self, fn):
        raise NotImplementedError


class ConstantFold(Pass, name="constfold"):
    def run(self, fn):
        fn.instructions = [i for i in fn.instructions if i != "add 0"]


class DeadCodeElim(Pass, name="dce"):
    def run(self, fn):
        fn.instructions = [i for i in fn.instructions if not i.startswith("nop")]


class RegisterAlloc(Pass, name="regalloc"):
    def run(self, fn):
        fn.instructions.append("ret")


class PassManager:
    def __init__(self, passes):
        self.passes = {p.name: p for p in passes}

    def schedule(self):
        order, done = [], set()

        def visit(name, stack=()):
            if name in done:
                return
            if name in stack:
                raise ValueError(f"cycle through {name}")
            for dep in self.passes[name].requires:
                visit(dep, stack + (name,))
            done.add(name)
            order.append(name)

        for name in self.passes:
            visit(name)
        return order


def main():
    DeadCodeElim.after(ConstantFold)
    RegisterAlloc.after(DeadCodeElim)
    pm = PassManager([ConstantFold, DeadCodeElim, RegisterAlloc])
    assert ConstantFold.requires == ["constfold", "dce"], ConstantFold.requires
    try:
        pm.schedule()
    except ValueError as exc:
        assert "cycle" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("schedule succeeded")


if __name__ == "__main__":
    main()
