"""Ship-to-shore cranes working a terminal's quay."""


class Crane:
    def __init__(self, terminal, ident, moves_per_hour):
        self.terminal = terminal
        self.ident = ident
        self.moves_per_hour = moves_per_hour
        self.moves = 0

    def work(self, hours):
        done = int(self.moves_per_hour * hours)
        self.moves += done
        self.terminal.record_moves(self.ident, done)
        return done
