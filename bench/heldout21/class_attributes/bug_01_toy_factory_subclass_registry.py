"""Toy factory assembly lines: each line registers the models it can build."""


class AssemblyLine:
    models = []
    line_name = "generic"

    @classmethod
    def register(cls, model):
        cls.models.append(model)
        return model

    @classmethod
    def can_build(cls, model):
        return model in cls.models

    def build(self, model, qty):
        if not self.can_build(model):
            raise ValueError(f"{self.line_name} cannot build {model}")
        return [f"{model}#{i}" for i in range(qty)]


class PlushLine(AssemblyLine):
    line_name = "plush"


class WoodenLine(AssemblyLine):
    line_name = "wooden"


def load_catalogue():
    PlushLine.register("teddy")
    PlushLine.register("bunny")
    WoodenLine.register("train set")
    WoodenLine.register("rocking horse")


def main():
    load_catalogue()
    plush = PlushLine()
    print("plush line models:", PlushLine.models)
    try:
        made = plush.build("rocking horse", 2)
    except ValueError as exc:
        print("correctly refused:", exc)
        print("OK")
        return
    print(f"plush line built wooden toys: {made}")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
