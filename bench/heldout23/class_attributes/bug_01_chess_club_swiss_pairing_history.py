"""Swiss-system pairing for a chess club's weekly rapid tournament.

Entrants are paired each round against players on a similar score whom they
have not met yet.  Results are recorded on each entrant so the pairing
engine can avoid rematches and compute a simple Buchholz tie-break.
"""
from typing import Dict, List, Optional, Tuple

POINTS = {"win": 1.0, "draw": 0.5, "loss": 0.0}
MIRROR = {"win": "loss", "loss": "win", "draw": "draw"}


class Entrant:
    federation = "FIDE"
    had_bye = False
    results: Dict[str, str] = {}

    def __init__(self, name: str, rating: int):
        self.name = name
        self.rating = rating
        self.score = 0.0

    def record(self, opponent: "Entrant", outcome: str) -> None:
        self.results[opponent.name] = outcome
        self.score += POINTS[outcome]

    def has_met(self, other: "Entrant") -> bool:
        return other.name in self.results

    def __repr__(self) -> str:
        return f"{self.name}({self.score})"


class SwissPairer:
    def __init__(self, entrants: List[Entrant]):
        self.entrants = entrants
        self.rounds: List[List[Tuple[Entrant, Optional[Entrant]]]] = []

    def _standings(self) -> List[Entrant]:
        return sorted(self.entrants, key=lambda e: (-e.score, -e.rating))

    def pair_round(self) -> List[Tuple[Entrant, Optional[Entrant]]]:
        pool = self._standings()
        pairs: List[Tuple[Entrant, Optional[Entrant]]] = []
        while pool:
            top = pool.pop(0)
            partner = next((p for p in pool if not top.has_met(p)), None)
            if partner is None:
                top.had_bye = True
                top.score += 1.0
                pairs.append((top, None))
                continue
            pool.remove(partner)
            pairs.append((top, partner))
        self.rounds.append(pairs)
        return pairs

    def submit(self, white: Entrant, black: Entrant, white_outcome: str) -> None:
        white.record(black, white_outcome)
        black.record(white, MIRROR[white_outcome])


def main() -> None:
    players = [
        Entrant("Abara", 1910),
        Entrant("Brennan", 1850),
        Entrant("Castellanos", 1795),
        Entrant("Dvorak", 1720),
    ]
    pairer = SwissPairer(players)

    round_one = pairer.pair_round()
    print("round 1:", [(w.name, b.name if b else "bye") for w, b in round_one])
    for (white, black), outcome in zip(round_one, ["win", "draw"]):
        pairer.submit(white, black, outcome)

    round_two = pairer.pair_round()
    print("round 2:", [(w.name, b.name if b else "bye") for w, b in round_two])

    byes = [w.name for w, b in round_two if b is None]
    dvorak_opponents = sorted(players[3].results)
    if byes or dvorak_opponents != ["Castellanos"]:
        print(f"Dvorak has apparently met {dvorak_opponents}; byes handed out: {byes}")
        print("BUG SHOWN")
        return
    print("pairings valid")


if __name__ == "__main__":
    main()
