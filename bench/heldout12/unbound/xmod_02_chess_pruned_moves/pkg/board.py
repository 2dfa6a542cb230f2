from dataclasses import dataclass

PIECE_VALUES = {"P": 1, "N": 3, "B": 3, "R": 5, "Q": 9, "K": 0}


@dataclass(frozen=True)
class Move:
    piece: str
    src: str
    dst: str
    captures: str = ""
    exposes_king: bool = False


class Position:
    def __init__(self, side_to_move, moves):
        self.side_to_move = side_to_move
        self._moves = list(moves)

    def pseudo_legal_moves(self):
        return list(self._moves)

    def material_after(self, move):
        return PIECE_VALUES.get(move.captures, 0)
