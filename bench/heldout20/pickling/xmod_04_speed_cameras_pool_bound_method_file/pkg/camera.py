import io


class Camera:
    def __init__(self, site, limit_mph, journal=None):
        self.site = site
        self.limit_mph = limit_mph
        self.journal = journal if journal is not None else io.StringIO()

    def process(self, reading):
        plate, mph = reading
        over = mph - self.limit_mph
        if over > 0:
            self.journal.write(f"{self.site} {plate} {mph}\n")
        return plate, max(over, 0)
