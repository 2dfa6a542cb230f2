"""Decorators, some of which keep the function's name and some of which do not."""
import functools
import time

TIMINGS = {}


def timed(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            TIMINGS.setdefault(func.__name__, []).append(time.perf_counter() - start)

    return wrapper


def labelled(label):
    def decorate(func):
        def call(*args, **kwargs):
            TIMINGS.setdefault(label, []).append(0.0)
            return func(*args, **kwargs)

        return call

    return decorate


def traced(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def registered(func):
    """Keeps the function as it is."""

    def unused():
        return func

    TIMINGS[func.__name__] = []
    return func


def make_checker(limit):
    """A checker closed over the limit: a function made inside this one."""
    def check(blob):
        return len(blob) <= limit
    return check
