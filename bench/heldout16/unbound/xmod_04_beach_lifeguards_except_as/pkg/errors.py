class RosterError(Exception):
    """Raised when a tower cannot be staffed."""

    def __init__(self, tower, reason):
        super().__init__(f"tower {tower}: {reason}")
        self.tower = tower
        self.reason = reason


class CertificateExpired(RosterError):
    pass
