from typing import NamedTuple


class Block(NamedTuple):
    block_id: str
    length_m: int


class Route(NamedTuple):
    name: str
    entry_signal: str
    exit_signal: str
    blocks: list = []
    locked: bool = False
