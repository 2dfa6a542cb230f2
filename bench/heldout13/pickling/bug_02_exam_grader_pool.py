import multiprocessing
import threading


class AnswerKey:
    def __init__(self, answers, points_per_question=1):
        self.answers = answers
        self.points = points_per_question


class ExamGrader:
    def __init__(self, key):
        self.key = key
        self.graded = 0
        self._progress_lock = threading.Lock()

    def grade(self, submission):
        student, responses = submission
        score = sum(self.key.points for q, a in responses.items() if self.key.answers.get(q) == a)
        return student, score

    def record_progress(self, count):
        with self._progress_lock:
            self.graded += count

    def grade_all(self, submissions):
        with multiprocessing.Pool(processes=2) as pool:
            results = dict(pool.map(self.grade, submissions))
        self.record_progress(len(results))
        return results


def main():
    grader = ExamGrader(AnswerKey({"q1": "b", "q2": "d", "q3": "a"}))
    submissions = [("lin", {"q1": "b", "q2": "d", "q3": "c"}), ("ravi", {"q1": "a", "q2": "d", "q3": "a"})]
    try:
        grader.grade_all(submissions)
    except TypeError as exc:
        assert "pickle" in str(exc) and "lock" in str(exc), exc
        assert grader.graded == 0
        print("BUG SHOWN")
        return
    raise AssertionError("exams graded in the pool")


if __name__ == "__main__":
    main()
