"""Record shop pricing: grades vinyl condition and prices stock."""

GRADE_FACTORS = {"M": 1.0, "NM": 0.9, "VG+": 0.7, "VG": 0.5, "G": 0.25}
DEFAULT_FACTOR = 0.4


class GradeError(Exception):
    pass


def parse_grade(text):
    grade = text.strip().upper()
    if grade not in GRADE_FACTORS:
        raise GradeError("unknown grade " + text)
    return GRADE_FACTORS[grade]


class Pricer:
    def __init__(self, markup):
        self.markup = markup
        self.problems = []

    def factor_for(self, grade_text):
        factor = DEFAULT_FACTOR
        try:
            factor = parse_grade(grade_text)
        except GradeError as exc:
            self.problems.append(str(exc))
        return factor

    def price(self, base, grade_text, discount=None):
        factor = self.factor_for(grade_text)
        price = base * factor * self.markup
        if discount is not None:
            price -= discount
        return round(price, 2)


class Shop:
    def __init__(self):
        self.pricer = Pricer(markup=1.5)
        self.last_error = None

    def price_list(self, stock):
        out = {}
        for title, base, grade in stock:
            try:
                out[title] = self.pricer.price(base, grade)
            except TypeError as err:
                self.last_error = err
        return out


def main():
    shop = Shop()
    prices = shop.price_list([("Blue Train", 40, "NM"), ("Kind of Blue", 60, "scratched")])
    assert prices == {"Blue Train": 54.0, "Kind of Blue": 36.0}, prices
    assert shop.pricer.problems == ["unknown grade scratched"]
    assert shop.last_error is None
    print(prices)
    print("OK")


if __name__ == "__main__":
    main()
