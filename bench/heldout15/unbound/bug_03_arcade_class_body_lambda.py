"""Scoring rules for arcade cabinets in a games hall."""


class ScoreRules:
    """Per-cabinet scoring constants and helpers."""

    MULTIPLIER = 3
    EXTRA_LIFE_EVERY = 10_000
    FREE_PLAY = False

    bonus = staticmethod(lambda points: points * MULTIPLIER)

    @classmethod
    def extra_lives(cls, score):
        return score // cls.EXTRA_LIFE_EVERY


class Cabinet:
    def __init__(self, title, rules=ScoreRules):
        self.title = title
        self.rules = rules
        self.high_scores = []
        self.credits = 0

    def insert_coin(self, coins=1):
        self.credits += coins

    def play(self, base_points, bonus_points):
        if not self.rules.FREE_PLAY:
            if self.credits <= 0:
                raise RuntimeError("insert coin")
            self.credits -= 1
        score = base_points + self.rules.bonus(bonus_points)
        self.high_scores.append(score)
        self.high_scores.sort(reverse=True)
        del self.high_scores[5:]
        return score


class Hall:
    def __init__(self):
        self.cabinets = {}

    def install(self, cabinet):
        self.cabinets[cabinet.title] = cabinet

    def tournament(self, rounds):
        results = {}
        for title, base, bonus in rounds:
            cab = self.cabinets[title]
            cab.insert_coin()
            results.setdefault(title, []).append(cab.play(base, bonus))
        return results


def main():
    hall = Hall()
    hall.install(Cabinet("Galaxy Raiders"))
    hall.install(Cabinet("Pinball Wizard"))
    print("extra lives at 25000:", ScoreRules.extra_lives(25_000))
    try:
        results = hall.tournament([
            ("Galaxy Raiders", 1200, 300),
            ("Pinball Wizard", 800, 50),
        ])
    except NameError as exc:
        print("scoring failed:", exc)
        print("BUG SHOWN")
        return
    print(results)
    print("OK")


if __name__ == "__main__":
    main()
