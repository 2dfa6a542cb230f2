"""Helpers another module calls: each changes what it is handed."""


def register(hooks, hook):
    hooks.append(hook)
    return hooks


def forget(hooks, hook):
    hooks.remove(hook)


def count(hooks):
    return len(hooks)


class Table:
    def __init__(self, rows):
        rows.append("header")
        self.rows = rows

    def add(self, rows, row):
        rows.append(row)


def copy_register(hooks, hook):
    hooks = list(hooks)
    hooks.append(hook)
    return hooks


def maybe_register(hooks, hook, enabled=False):
    if enabled:
        hooks.append(hook)
    return hooks


def cached(fn):
    return fn


@cached
def wrapped_register(hooks, hook):
    hooks.append(hook)
