"""Ride dispatcher: notifies registered drivers when a fare comes in."""


class Dispatcher:
    def __init__(self):
        self._on_fare = []

    def register(self, callback):
        self._on_fare.append(callback)

    def new_fare(self, zone, pickup):
        accepted = []
        for callback in self._on_fare:
            result = callback(zone, pickup)
            if result:
                accepted.append(result)
        return accepted
