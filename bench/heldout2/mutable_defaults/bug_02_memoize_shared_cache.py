import functools


def memoize(fn=None, *, cache={}):
    if fn is None:
        return lambda f: memoize(f, cache=cache)

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache_clear = cache.clear
    return wrapper


@memoize
def price_in_cents(sku):
    return {"A1": 1999, "B2": 550}[sku]


@memoize
def stock_level(sku):
    return {"A1": 4, "B2": 120}[sku]


def main():
    assert price_in_cents("A1") == 1999
    level = stock_level("A1")
    assert level == 1999, level
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
