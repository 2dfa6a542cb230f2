"""A package whose __init__ defines a helper of its own."""


def remember(seen, item):
    seen.add(item)
    return seen
