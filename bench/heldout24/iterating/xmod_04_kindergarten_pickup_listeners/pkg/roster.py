"""The day's roster and the pick-up event hooks."""
from dataclasses import dataclass


@dataclass
class Child:
    name: str
    group: str
    guardians: tuple


class Roster:
    def __init__(self, day):
        self.day = day
        self.present = {}
        self._listeners = []

    def subscribe(self, listener):
        self._listeners.append(listener)
        return listener

    def unsubscribe(self, listener):
        self._listeners.remove(listener)

    def check_in(self, child):
        self.present[child.name] = child

    def check_out(self, name, guardian, time):
        child = self.present.pop(name)
        if guardian not in child.guardians:
            self.present[name] = child
            raise PermissionError(f"{guardian} is not authorised to collect {name}")
        for listener in self._listeners:
            listener.on_pickup(self, child, guardian, time)
        return child
