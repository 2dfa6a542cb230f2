class Pass:
    name = "pass"
    requires = ()
    counters = None

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        cls.requires = list(cls.requires)
        cls.counters = {}

    def __init__(self):
        self.diagnostics = []

    @classmethod
    def after(cls, *others):
        cls.requires.extend(o.name for o in others)
        return cls

    def note(self, msg):
        self.diagnostics.append(msg)
        type(self).counters[msg] = type(self).counters.get(msg, 0) + 1


class Inline(Pass, name="inline"):
    pass


class LoopUnroll(Pass, name="unroll"):
    pass


class Vectorize(LoopUnroll, name="vectorize"):
    pass


def main():
    LoopUnroll.after(Inline)
    Vectorize.after(LoopUnroll)
    assert Inline.requires == []
    assert LoopUnroll.requires == ["inline"]
    assert Vectorize.requires == ["unroll"]
    a, b = Inline(), Inline()
    a.note("inlined call")
    assert b.diagnostics == [] and Inline.counters == {"inlined call": 1}
    assert LoopUnroll.counters == {} and Pass.requires == ()
    print("OK")


if __name__ == "__main__":
    main()
