from .board import Move, Position
from .engine import GreedyEngine


def main():
    engine = GreedyEngine()
    opening = Position("white", [Move("P", "e2", "e4"), Move("N", "g1", "f3")])
    assert engine.go(opening).startswith("bestmove e2e4")

    pinned = Position("black", [Move("R", "e8", "e1", exposes_king=True),
                                Move("K", "g8", "h8", exposes_king=True)])
    try:
        engine.go(pinned)
    except UnboundLocalError as exc:
        assert "best_move" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("engine returned a move with no legal moves")


if __name__ == "__main__":
    main()
