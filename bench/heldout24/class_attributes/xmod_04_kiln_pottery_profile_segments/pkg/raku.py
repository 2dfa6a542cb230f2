"""Fast raku firing; pots are pulled out glowing and reduced in sawdust."""
from .profiles import FiringProfile


class Raku(FiringProfile):
    name = "raku"
    max_safe_c = 1050


Raku.add_segment(400, 550)
Raku.add_segment(500, 980, hold=5)
