from .errors import RosterError, CertificateExpired


class Lifeguard:
    def __init__(self, name, cert_year):
        self.name = name
        self.cert_year = cert_year


def assign(tower, guard, season):
    if guard.cert_year < season - 2:
        raise CertificateExpired(tower, f"{guard.name} certificate from {guard.cert_year}")
    return (tower, guard.name)


def staff_towers(towers, guards, season):
    """Staff each tower; return (assignments, last problem or None)."""
    assignments = []
    problem = None
    for tower, guard in zip(towers, guards):
        try:
            assignments.append(assign(tower, guard, season))
        except RosterError as problem:
            print("  skipping", problem.tower)
    return assignments, problem
