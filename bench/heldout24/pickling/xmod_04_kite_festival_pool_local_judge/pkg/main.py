"""Score a round in parallel worker processes and print the leaderboard."""
import multiprocessing
import pickle

from .entries import festival_entries
from .scoring import make_judge, ranking


def score_round(entries, wind_kmh, processes=2):
    judge = make_judge(wind_kmh)
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes=processes) as pool:
        return pool.map(judge, entries, chunksize=2)


def main():
    entries = festival_entries()
    try:
        scores = score_round(entries, wind_kmh=22)
    except (AttributeError, TypeError, pickle.PicklingError) as exc:
        print(f"round could not be scored: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    for place, (pilot, score) in enumerate(ranking(scores), start=1):
        print(f"{place}. {pilot:<12} {score}")
    print("leaderboard published")


if __name__ == "__main__":
    main()
