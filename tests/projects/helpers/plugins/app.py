"""Calls into plugins.registry and plugins.helpers_pkg; python3 -m plugins.app shows each bug."""
from plugins import registry
from plugins.registry import Table, count, forget, register
from . import registry as reg
from . import remember
from .registry import copy_register, maybe_register, wrapped_register


def install(hook, hooks=[]):  # expect: SNG201
    register(hooks, hook)
    return hooks


def install_module(hook, hooks=[]):  # expect: SNG201
    registry.register(hooks, hook)
    return hooks


def install_relative(hook, hooks=[]):  # expect: SNG201
    reg.register(hooks, hook)
    return hooks


def table(rows=[]):  # expect: SNG201
    return Table(rows)


def add_row(row, rows=[]):  # expect: SNG201
    t = Table([])
    t.add(rows, row)
    return rows


def size(hooks=[]):  # not mutated: count only reads it
    return count(hooks)


def seen_before(item, seen=set()):  # expect: SNG201
    return item in seen or not remember(seen, item)


def install_copy(hook, hooks=[]):  # the helper copies before it appends
    return copy_register(hooks, hook)


def install_maybe(hook, hooks=[]):  # mutated only when asked: not on every call
    return maybe_register(hooks, hook)


def install_wrapped(hook, hooks=[]):  # a decorator stands between: unknown
    wrapped_register(hooks, hook)
    return hooks


class Bus:
    handlers = []  # expect: SNG203

    def subscribe(self, handler):
        register(self.handlers, handler)


def dispatch(handlers, event):
    for h in handlers:
        if h(event):
            forget(handlers, h)  # expect: SNG401


def dispatch_copy(handlers, event):
    for h in list(handlers):
        if h(event):
            forget(handlers, h)


if __name__ == "__main__":
    assert install(1) == [1] and install(2) == [1, 2]
    assert install_module(1) == [1] and install_module(2) == [1, 2]
    assert install_relative(1) == [1] and install_relative(2) == [1, 2]
    assert len(table().rows) == 1 and len(table().rows) == 2
    assert add_row(1) == [1] and add_row(2) == [1, 2]
    a, b = Bus(), Bus()
    a.subscribe(print)
    assert b.handlers == [print]
    hs = [lambda e: True, lambda e: True]
    dispatch(hs, None)
    assert len(hs) == 1  # the second handler was skipped
    hs = [lambda e: True, lambda e: True]
    dispatch_copy(hs, None)
    assert hs == []
    assert seen_before(1) is False and seen_before(1) is True
    assert install_copy(1) == [1] and install_copy(2) == [2]
    assert install_maybe(1) == [] and install_maybe(2) == []
    print("all shown")
