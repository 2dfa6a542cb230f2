"""Bonsai nursery order builder."""

PRICES = {"juniper": 45.0, "ficus": 30.0, "maple": 60.0, "pot": 12.0, "wire": 4.5}


def _add_line(lines, item, qty):
    for line in lines:
        if line[0] == item:
            line[1] += qty
            return lines
    lines.append([item, qty])
    return lines


def _with_care_kit(lines):
    _add_line(lines, "wire", 1)
    return lines


def build_order(trees, lines=[]):
    """Build order lines for the given trees, adding a pot per tree."""
    for tree in trees:
        _add_line(lines, tree, 1)
        _add_line(lines, "pot", 1)
    return _with_care_kit(lines)


def order_total(lines):
    return round(sum(PRICES[item] * qty for item, qty in lines), 2)


class Checkout:
    def __init__(self, customer):
        self.customer = customer

    def quote(self, trees):
        lines = build_order(trees)
        return {"customer": self.customer, "lines": [tuple(l) for l in lines],
                "total": order_total(lines)}


def main():
    first = Checkout("Mrs Sato").quote(["juniper"])
    second = Checkout("Mr Okafor").quote(["ficus"])
    print(first)
    print(second)
    expected_second = [("ficus", 1), ("pot", 1), ("wire", 1)]
    if second["lines"] != expected_second:
        print("second customer billed for", second["lines"])
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
