"""Event hooks kept on the instance, made lazily by a mixin."""


class EmitterMixin:
    def _handlers(self):
        try:
            return self.__handlers
        except AttributeError:
            self.__handlers = {}
            return self.__handlers

    def on(self, event, handler):
        self._handlers().setdefault(event, []).append(handler)
        return handler

    def on_if(self, event, handler, enabled):
        if enabled:  # kept only when asked: not on every call
            self._handlers().setdefault(event, []).append(handler)
        return handler

    def emit(self, event, *args):
        for handler in list(self._handlers().get(event, ())):
            handler(*args)
