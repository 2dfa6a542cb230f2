"""Round definitions for a pub quiz engine.

Each round type (general knowledge, music, picture round) registers its own
questions at class level; each running round keeps its own scoreboard and
answered-question set.  Class-level defaults are immutable.
"""
from collections import Counter


class QuizRound:
    categories = ("general",)
    points_per_answer = 1
    _questions = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._questions = []

    @classmethod
    def question(cls, prompt, answer, points=None):
        cls._questions.append((prompt, answer.lower(), points or cls.points_per_answer))
        return cls

    def __init__(self, teams):
        self.scores = Counter({team: 0 for team in teams})
        self.answered = set()
        self.categories = list(self.categories)

    def submit(self, team, index, answer):
        prompt, expected, points = self._questions[index]
        if (team, index) in self.answered:
            return 0
        self.answered.add((team, index))
        if answer.strip().lower() == expected:
            self.scores[team] += points
            return points
        return 0


class GeneralKnowledge(QuizRound):
    categories = ("history", "geography")


class MusicRound(QuizRound):
    categories = ("music",)
    points_per_answer = 2


GeneralKnowledge.question("Capital of Portugal?", "Lisbon")
GeneralKnowledge.question("Longest river in Africa?", "Nile")
MusicRound.question("Composer of The Magic Flute?", "Mozart")


def main():
    first = GeneralKnowledge(["Quizzly Bears", "Norse Code"])
    second = GeneralKnowledge(["Pun Intended"])
    music = MusicRound(["Quizzly Bears"])

    first.submit("Quizzly Bears", 0, "lisbon")
    first.submit("Norse Code", 1, "Amazon")
    first.categories.append("science")
    music.submit("Quizzly Bears", 0, "Mozart")

    assert len(GeneralKnowledge._questions) == 2
    assert len(MusicRound._questions) == 1
    assert QuizRound._questions == ()
    assert first.scores == Counter({"Quizzly Bears": 1, "Norse Code": 0})
    assert second.scores == Counter({"Pun Intended": 0}) and not second.answered
    assert second.categories == ["history", "geography"]
    assert GeneralKnowledge.categories == ("history", "geography")
    assert music.scores["Quizzly Bears"] == 2

    print("round scores:", dict(first.scores), dict(music.scores))
    print("OK")


if __name__ == "__main__":
    main()
