"""A terminal operator's shift on a leased quay."""
from .crane import Crane


class TerminalShift:
    def __init__(self, authority, operator):
        self.authority = authority
        self.operator = operator
        self.quay = None
        self.quay = authority.grant(operator)
        self.cranes = []
        self.moves_log = []

    def commission(self, ident, moves_per_hour):
        crane = Crane(self, ident, moves_per_hour)
        self.cranes.append(crane)
        return crane

    def record_moves(self, ident, count):
        self.moves_log.append((ident, count))

    def total_moves(self):
        return sum(count for _, count in self.moves_log)

    def __del__(self):
        if self.quay is not None:
            self.authority.surrender(self.quay)
