"""Juniper joinery order desk.

A workshop takes furniture orders; each order collects a cut list of
parts.  The order builder accepts an optional pre-filled cut list for
repeat customers.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    name: str
    length_mm: int
    width_mm: int
    qty: int = 1

    @property
    def area_m2(self):
        return self.length_mm * self.width_mm * self.qty / 1_000_000


class JoineryOrder:
    def __init__(self, customer, cut_list=[], finish="oil"):
        self.customer = customer
        self.cut_list = cut_list
        self.finish = finish

    def add(self, part):
        self.cut_list.append(part)
        return self

    def board_area(self):
        return round(sum(part.area_m2 for part in self.cut_list), 3)


class OrderBuilder:
    """Fluent builder used by the web shop for standard pieces."""

    def __init__(self, customer):
        self._order = JoineryOrder(customer)

    def shelf(self, length, depth, count):
        self._order.add(Part("shelf", length, depth, count))
        return self

    def side(self, height, depth):
        self._order.add(Part("side", height, depth, 2))
        return self

    def top(self, length, depth):
        self._order.add(Part("top", length, depth))
        return self

    def build(self):
        return self._order


def main():
    bookcase = OrderBuilder("Ms Juniper").side(1800, 300).shelf(800, 280, 4).build()
    table = OrderBuilder("Mr Jay").top(1600, 900).build()

    print(f"{bookcase.customer}: {len(bookcase.cut_list)} parts")
    print(f"{table.customer}: {len(table.cut_list)} parts, "
          f"area {table.board_area()} m2")
    if any(part.name == "shelf" for part in table.cut_list):
        print("the table order carries the bookcase shelves:",
              [part.name for part in table.cut_list])
        print("BUG SHOWN")
    else:
        print("orders are independent")


if __name__ == "__main__":
    main()
