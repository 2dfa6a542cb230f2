"""Soap factory batch control: a dispatch table maps product lines to mixers."""

RECIPES = {
    "castile": {"olive": 0.9, "lye": 0.1},
    "oatmeal": {"olive": 0.5, "oats": 0.4, "lye": 0.1},
    "charcoal": {"coconut": 0.7, "charcoal": 0.2, "lye": 0.1},
}


def mix(product, kilos):
    recipe = RECIPES[product]
    return {product: {k: round(v * kilos, 2) for k, v in recipe.items()}}


class BatchController:
    def __init__(self):
        self.dispatch = {}
        self.log = []

    def load_lines(self, products):
        for product in products:
            self.dispatch[product] = lambda kilos: mix(product, kilos)

    def run(self, product, kilos):
        batch = self.dispatch[product](kilos)
        self.log.append(batch)
        return batch


class Shift:
    def __init__(self, controller):
        self.controller = controller

    def morning(self):
        return [
            self.controller.run("castile", 100),
            self.controller.run("oatmeal", 50),
        ]


def main():
    controller = BatchController()
    controller.load_lines(sorted(RECIPES))
    batches = Shift(controller).morning()
    made = [next(iter(b)) for b in batches]
    print("batches made:", made)
    if made != ["castile", "oatmeal"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
