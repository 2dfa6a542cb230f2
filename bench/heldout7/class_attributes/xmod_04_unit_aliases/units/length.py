from .base import Unit


class Metre(Unit):
    symbol = "m"
    factor = 1.0


class Foot(Unit):
    symbol = "ft"
    factor = 0.3048


class Inch(Unit):
    symbol = "in"
    factor = 0.0254


Metre.add_alias("meter", "metres", "meters")
Foot.add_alias("feet", "foot")
Inch.add_alias("inches", '"')
