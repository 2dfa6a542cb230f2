from typing import NamedTuple


class TileRequest(NamedTuple):
    """A request for one map tile at zoom/x/y with optional overlay layers."""

    zoom: int
    x: int
    y: int
    style: str = "topo"
    layers: list = []

    def key(self):
        return f"{self.style}/{self.zoom}/{self.x}/{self.y}"

    def with_style(self, style):
        return self._replace(style=style)
