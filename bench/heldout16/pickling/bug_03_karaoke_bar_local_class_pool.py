"""Karaoke bar: score singers' performances in a multiprocessing pool."""
import multiprocessing
import pickle


def make_performance_type(bar_name):
    class Performance:
        venue = bar_name

        def __init__(self, singer, song, pitch_errors, seconds):
            self.singer = singer
            self.song = song
            self.pitch_errors = pitch_errors
            self.seconds = seconds

    return Performance


def score(perf):
    return perf.singer, max(0, 100 - perf.pitch_errors * 3 - max(0, perf.seconds - 240) // 10)


class Night:
    def __init__(self, bar_name):
        self.Performance = make_performance_type(bar_name)
        self.queue = []

    def sing(self, singer, song, errors, seconds):
        self.queue.append(self.Performance(singer, song, errors, seconds))

    def leaderboard(self):
        with multiprocessing.Pool(2) as pool:
            results = pool.map(score, self.queue)
        return sorted(results, key=lambda r: -r[1])


def main():
    night = Night("The Golden Mic")
    night.sing("Lou", "Dancing Queen", 4, 230)
    night.sing("Priya", "Bohemian Rhapsody", 9, 355)
    night.sing("Tom", "Wonderwall", 2, 258)
    try:
        print(night.leaderboard())
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        print("leaderboard failed:", type(exc).__name__, exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
