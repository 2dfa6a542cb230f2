"""Scoring for a phone-in radio quiz."""


def _append_answer(bucket, question, answer):
    bucket.append({"q": question, "a": answer.strip().lower()})
    return bucket


def record_answers(caller, pairs, sheet=[]):
    """Build an answer sheet for one caller."""
    for question, answer in pairs:
        _append_answer(sheet, question, answer)
    return {"caller": caller, "sheet": sheet}


class QuizShow:
    def __init__(self, key):
        self.key = key
        self.results = {}

    def score(self, entry):
        correct = sum(1 for row in entry["sheet"] if self.key.get(row["q"]) == row["a"])
        self.results[entry["caller"]] = correct
        return correct

    def take_call(self, caller, pairs):
        return self.score(record_answers(caller, pairs))


def main():
    show = QuizShow({"q1": "paris", "q2": "seven"})
    show.take_call("Dana", [("q1", "Paris "), ("q2", "seven")])
    show.take_call("Eli", [("q1", "Rome")])
    print("results:", show.results)
    if show.results["Eli"] != 0:
        print("Eli credited with Dana's answers")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
