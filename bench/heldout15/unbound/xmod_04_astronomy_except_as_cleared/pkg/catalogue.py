from .errors import CatalogueError
from .parser import parse_record


class Catalogue:
    def __init__(self, name):
        self.name = name
        self.stars = {}
        self.rejected = []

    def load(self, text, strict=False):
        """Load records; collect rejects unless strict, then report the last one."""
        error = None
        for line_no, line in enumerate(text.strip().splitlines(), start=1):
            try:
                star = parse_record(line_no, line)
            except CatalogueError as error:
                self.rejected.append(error.line_no)
                if strict:
                    raise
                continue
            self.stars[star.designation] = star
        if error is not None:
            return f"{len(self.stars)} loaded, last problem: {error}"
        return f"{len(self.stars)} loaded"

    def brightest(self, n=3):
        return sorted(self.stars.values(), key=lambda s: s.magnitude)[:n]
