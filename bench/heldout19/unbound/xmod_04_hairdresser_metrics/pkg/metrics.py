"""Small call-counting helpers used across the salon services."""

import functools

REGISTRY = {}


def counted(name):
    """Count how many times the decorated service is used."""

    def decorate(func):
        calls = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            calls += 1
            REGISTRY[name] = calls
            return result

        return wrapper

    return decorate


def snapshot():
    return dict(REGISTRY)
