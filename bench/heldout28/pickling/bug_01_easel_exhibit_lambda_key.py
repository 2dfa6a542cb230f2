"""Easel exhibit: curation tool for a community art gallery.

An exhibit holds the hung pieces and the ordering used for the printed
guide.  Before each edit the curator tool takes a pickle snapshot of the
exhibit so that the change can be undone.
"""
import pickle
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    title: str
    artist: str
    year: int
    wall: str


class Exhibit:
    def __init__(self, title, order_by="year"):
        self.title = title
        self.pieces = []
        orderings = {
            "year": lambda piece: (piece.year, piece.title),
            "artist": lambda piece: (piece.artist.lower(), piece.year),
        }
        self.ordering = orderings[order_by]

    def hang(self, piece):
        self.pieces.append(piece)

    def guide(self):
        return [f"{p.year}  {p.title} - {p.artist} ({p.wall})"
                for p in sorted(self.pieces, key=self.ordering)]


class CuratorSession:
    def __init__(self, exhibit):
        self.exhibit = exhibit
        self._undo = []

    def _snapshot(self):
        self._undo.append(pickle.dumps(self.exhibit, protocol=pickle.HIGHEST_PROTOCOL))

    def hang(self, piece):
        self._snapshot()
        self.exhibit.hang(piece)

    def undo(self):
        self.exhibit = pickle.loads(self._undo.pop())


def main():
    exhibit = Exhibit("Easels of the Estuary")
    session = CuratorSession(exhibit)
    try:
        session.hang(Piece("Low Tide", "E. Evans", 1998, "north"))
        session.hang(Piece("Heron at Dusk", "F. Okafor", 1987, "east"))
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print(f"could not snapshot the exhibit: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print("\n".join(session.exhibit.guide()))
    print("no failure")


if __name__ == "__main__":
    main()
