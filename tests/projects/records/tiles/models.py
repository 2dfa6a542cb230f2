from typing import NamedTuple


class Request(NamedTuple):
    """One tile; `layers` defaults to one list every request made without it holds."""
    zoom: int
    x: int
    layers: list = []
    tags: tuple = ()


class Frozen(NamedTuple):
    zoom: int
    layers: list = []


class Slot(NamedTuple):
    hour: int
    guests: list = []
