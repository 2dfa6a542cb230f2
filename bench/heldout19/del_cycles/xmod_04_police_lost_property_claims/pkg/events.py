"""Listener lists that objects keep for their own state changes."""


class Signal:
    def __init__(self):
        self._listeners = []

    def connect(self, listener):
        self._listeners.append(listener)

    def send(self, *args):
        return [listener(*args) for listener in self._listeners]


def on_status_change(signal, owner, field):
    def listener(new_value):
        setattr(owner, field, new_value)
        return f"{owner!r} {field}={new_value}"

    signal.connect(listener)
    return listener
