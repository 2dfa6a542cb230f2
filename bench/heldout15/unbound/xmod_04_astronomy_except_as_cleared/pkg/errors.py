class CatalogueError(Exception):
    """Raised when a catalogue record cannot be understood."""

    def __init__(self, line_no, reason):
        super().__init__(f"line {line_no}: {reason}")
        self.line_no = line_no
        self.reason = reason
