"""Pub quiz round definitions: each round class declares its categories."""


class RoundMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if "CATEGORIES" in ns:
            mcls.registry[name] = cls
        return cls


class QuizRound(metaclass=RoundMeta):
    POINTS = 1

    @classmethod
    def max_score(cls):
        return sum(cls.WEIGHTS.values())


def build_rounds():
    class GeneralKnowledge(QuizRound):
        POINTS = 2
        CATEGORIES = ("history", "science", "sport")
        WEIGHTS = {c: POINTS for c in CATEGORIES}

    class MusicRound(QuizRound):
        POINTS = 3
        CATEGORIES = ("intros", "lyrics")
        WEIGHTS = {c: POINTS for c in CATEGORIES}

    return [GeneralKnowledge, MusicRound]


class QuizNight:
    def __init__(self, pub):
        self.pub = pub
        self.rounds = []

    def setup(self):
        self.rounds = build_rounds()
        return self

    def total_available(self):
        return sum(r.max_score() for r in self.rounds)


def main():
    night = QuizNight("The Red Lion")
    try:
        night.setup()
    except NameError as exc:
        print("round setup failed:", exc)
        print("BUG SHOWN")
        return
    print("max points", night.total_available())
    print("OK")


if __name__ == "__main__":
    main()
