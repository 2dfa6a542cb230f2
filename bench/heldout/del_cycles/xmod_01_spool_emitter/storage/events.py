"""Emitter mixin: stores handlers per event name on the instance."""
from collections import defaultdict


class EmitterMixin:
    def _handlers(self):
        try:
            return self.__handlers
        except AttributeError:
            self.__handlers = defaultdict(list)
            return self.__handlers

    def on(self, event, handler):
        self._handlers()[event].append(handler)
        return handler

    def emit(self, event, *args):
        for handler in list(self._handlers().get(event, ())):
            handler(*args)
