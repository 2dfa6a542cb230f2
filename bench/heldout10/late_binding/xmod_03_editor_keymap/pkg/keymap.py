class Keymap:
    def __init__(self):
        self._bindings = {}

    def bind(self, chord):
        def register(handler):
            self._bindings[chord] = handler
            return handler
        return register

    def dispatch(self, chord, buffer):
        handler = self._bindings.get(chord)
        if handler is None:
            raise KeyError(chord)
        return handler(buffer)


DEFAULT_KEYMAP = Keymap()
