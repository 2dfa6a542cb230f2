"""Product catalogue: tin sizes and marketing names."""


class UnknownProduct(KeyError):
    """The product is not (yet) in the catalogue."""


_TIN_GRAMS = {
    "sardine": 125,
    "tuna": 160,
    "salmon": 213,
}

_TITLES = {
    "sardine": "Cedar Smoked Sardines",
    "tuna": "Cedar Smoked Tuna",
    "salmon": "Cedar Plank Salmon",
}


def tin_grams(product):
    try:
        return _TIN_GRAMS[product]
    except KeyError:
        raise UnknownProduct(product) from None


def title_for(product):
    return _TITLES.get(product, product.title())
