"""Desert diner: order-station plugins for a roadside diner's kitchen screen.

Each station (grill, fountain) registers the handlers for the order lines it
prepares.  Every station class gets its own handler table when it is defined,
and every ticket keeps its own list of lines.
"""
from types import MappingProxyType


class Station:
    name = "station"
    default_lines = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.handlers = {}

    @classmethod
    def prepares(cls, item):
        def register(func):
            cls.handlers[item] = func
            return func
        return register

    def __init__(self):
        self.queue = list(self.default_lines)

    def prepare(self, item, qty):
        return self.handlers[item](self, qty)


class Grill(Station):
    name = "grill"


class Fountain(Station):
    name = "fountain"
    default_lines = ("ice refill",)


@Grill.prepares("burger")
def grill_burger(station, qty):
    return f"{qty} x burger, 6 min"


@Fountain.prepares("burger")
def fountain_burger(station, qty):
    return f"{qty} x root-beer float to go with the burger"


@Fountain.prepares("shake")
def shake(station, qty):
    return f"{qty} x cactus-pear shake"


class Ticket:
    specials = MappingProxyType({"sunset plate": ("burger", "shake")})

    def __init__(self, table):
        self.table = table
        self.lines = []

    def add(self, item, qty=1):
        self.lines.append((item, qty))


def main():
    grill, fountain = Grill(), Fountain()
    t1, t2 = Ticket("booth 2"), Ticket("counter 5")
    t1.add("burger", 2)
    t2.add("shake")
    grill.queue.append("t1")

    cooked = grill.prepare("burger", 2)
    poured = fountain.prepare("burger", 2)
    print(cooked)
    print(poured)
    assert cooked == "2 x burger, 6 min"
    assert "shake" not in Grill.handlers and "shake" in Fountain.handlers
    assert t1.lines == [("burger", 2)] and t2.lines == [("shake", 1)]
    assert grill.queue == ["t1"] and fountain.queue == ["ice refill"]
    assert not hasattr(Station, "handlers")
    print("OK")


if __name__ == "__main__":
    main()
