"""Cruise products registered per operator."""


class Operator:
    routes = {}

    @classmethod
    def offer(cls, code, price):
        cls.routes[code] = price
        return code

    @classmethod
    def brochure(cls):
        return sorted(cls.routes.items())

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.fleet_name = cls.__name__.lower()


class ThamesLine(Operator):
    pass


class DanubeVoyages(Operator):
    pass


def load_catalogue():
    ThamesLine.offer("TH-1", 25)
    ThamesLine.offer("TH-2", 40)
    DanubeVoyages.offer("DV-7", 900)


def main():
    load_catalogue()
    thames = ThamesLine.brochure()
    print("Thames brochure:", thames)
    if ("DV-7", 900) in thames:
        print("Danube cruise sold by Thames operator")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
