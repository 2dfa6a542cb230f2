import threading

from .dispatch import dispatch_unit
from .returns import back_in_service
from .station import Station


def main():
    station = Station("Harbour Road", ready_units=4)
    start = threading.Barrier(3)
    outcomes = []

    def run(action, *args):
        start.wait()
        outcomes.append(action(station, *args))

    jobs = [
        (dispatch_unit, "INC-5531 cardiac arrest"),
        (dispatch_unit, "INC-5532 road traffic collision"),
        (back_in_service, "Medic 12"),
    ]
    threads = [threading.Thread(target=run, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    expected = 4 - 2 + 1
    print(f"outcomes: {sorted(outcomes)}")
    print(f"history:  {station.history}")
    print(f"ready units on the board: {station.ready_units}, really ready: {expected}")
    if station.ready_units != expected:
        print("the dispatch board no longer matches the crews on station")
        print("BUG SHOWN")
    else:
        print("board accurate")


if __name__ == "__main__":
    main()
