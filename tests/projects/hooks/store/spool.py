"""Spools that register their own methods as hooks of the mixin."""
import weakref

from .emitter import EmitterMixin

closed = []


class Spool(EmitterMixin):
    def __init__(self, name):
        self.name = name
        self.pending = []
        self.on("flush", self.write_out)  # a bound method of self, kept on self by on()

    def write_out(self):
        self.pending.clear()

    def __del__(self):  # expect: SNG701
        closed.append(self.name)


class WeakSpool(EmitterMixin):
    def __init__(self, name):
        self.name = name
        self.on("flush", weakref.WeakMethod(self.write_out))  # a weak reference: no cycle

    def write_out(self):
        pass

    def __del__(self):
        closed.append(self.name)


class QuietSpool(EmitterMixin):
    def __init__(self, name, hooks=False):
        self.name = name
        self.on_if("flush", self.write_out, hooks)  # kept only when hooks is true

    def write_out(self):
        pass

    def __del__(self):
        closed.append(self.name)
