from .errors import CatalogueError


class Star:
    def __init__(self, designation, ra_deg, dec_deg, magnitude):
        self.designation = designation
        self.ra_deg = ra_deg
        self.dec_deg = dec_deg
        self.magnitude = magnitude

    def visible_to_naked_eye(self):
        return self.magnitude <= 6.0


def parse_record(line_no, text):
    parts = text.split()
    if len(parts) != 4:
        raise CatalogueError(line_no, f"expected 4 fields, got {len(parts)}")
    name, ra, dec, mag = parts
    try:
        ra_deg, dec_deg, magnitude = float(ra), float(dec), float(mag)
    except ValueError:
        raise CatalogueError(line_no, "non-numeric coordinate") from None
    if not (0.0 <= ra_deg < 360.0 and -90.0 <= dec_deg <= 90.0):
        raise CatalogueError(line_no, "coordinates out of range")
    return Star(name, ra_deg, dec_deg, magnitude)
