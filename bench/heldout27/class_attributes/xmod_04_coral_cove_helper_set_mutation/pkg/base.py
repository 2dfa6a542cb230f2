"""Base reef model shared by all reef types."""


class Reef:
    zone = "open water"
    max_divers = 12
    protected_species = set()
    dive_log = ()

    def __init__(self, site):
        self.site = site

    def status(self):
        if self.protected_species:
            return f"restricted ({len(self.protected_species)} protected species)"
        return "open"

    def __repr__(self):
        return f"{type(self).__name__}({self.site!r})"
