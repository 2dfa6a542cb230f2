"""Treatment plans for a sports physio clinic, scored in worker processes."""
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor


class Plan:
    def __init__(self, athlete, exercises):
        self.athlete = athlete
        self.exercises = dict(exercises)
        self._lock = threading.Lock()

    def add(self, name, reps):
        with self._lock:
            self.exercises[name] = reps

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def load_score(plan, weight=1.5):
    return plan.athlete, sum(plan.exercises.values()) * weight


def main():
    plans = [Plan("Ines", {"squat": 30}), Plan("Jon", {"lunge": 20})]
    plans[1].add("bridge", 10)
    with ProcessPoolExecutor(max_workers=2) as pool:
        scores = dict(pool.map(load_score, plans))
    copy = pickle.loads(pickle.dumps(plans[0]))
    copy.add("plank", 3)
    assert scores == {"Ines": 45.0, "Jon": 45.0}, scores
    assert "plank" not in plans[0].exercises
    print("OK")


if __name__ == "__main__":
    main()
