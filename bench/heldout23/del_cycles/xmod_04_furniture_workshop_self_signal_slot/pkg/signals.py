"""Minimal signal/slot mechanism used by the machine drivers."""
from typing import Any, Callable, List


class Signal:
    def __init__(self, name: str):
        self.name = name
        self._slots: List[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        if slot not in self._slots:
            self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        self._slots.remove(slot)

    def emit(self, *args: Any) -> int:
        for slot in list(self._slots):
            slot(*args)
        return len(self._slots)
