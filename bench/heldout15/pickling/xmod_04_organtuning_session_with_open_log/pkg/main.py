import pickle
from concurrent.futures import ProcessPoolExecutor

from .session import TuningSession
from .worker import cents_off


def analyse(session, ranks):
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {rank: pool.submit(cents_off, session, rank) for rank in ranks}
        return {rank: f.result() for rank, f in futures.items()}


def main():
    session = TuningSession("St Botolph")
    session.read("Open Diapason 8", "A", 4, 441.2)
    session.read("Open Diapason 8", "C", 4, 261.0)
    session.read("Principal 4", "A", 5, 878.5)
    session.read("Principal 4", "E", 5, 660.9)
    try:
        report = analyse(session, ["Open Diapason 8", "Principal 4"])
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        print("analysis not run:", type(exc).__name__, exc)
        print("BUG SHOWN")
        return
    finally:
        session.close()
    print(report)
    print("OK")


if __name__ == "__main__":
    main()
