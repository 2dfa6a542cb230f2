"""Registry of named tasks; the decorator records metadata for each task."""
import functools

REGISTRY = {}


class Task:
    def __init__(self, fn, retries=0):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.retries = retries
        REGISTRY[fn.__name__] = self

    def __call__(self, *args, **kwargs):
        attempts = self.retries + 1
        for attempt in range(attempts):
            try:
                return self.fn(*args, **kwargs)
            except Exception:
                if attempt == attempts - 1:
                    raise


def task(fn=None, *, retries=0):
    if fn is None:
        return lambda f: Task(f, retries=retries)
    return Task(fn, retries=retries)
