from .search import SearchBase

CENTRE = {"d4", "d5", "e4", "e5"}


class GreedyEngine(SearchBase):
    def candidate_moves(self, position):
        moves = super().candidate_moves(position)
        legal = [m for m in moves if not m.exposes_king]
        legal.sort(key=lambda m: (m.captures == "", m.dst not in CENTRE))
        return legal

    def evaluate(self, position, move):
        return position.material_after(move) + (0.1 if move.dst in CENTRE else 0.0)
