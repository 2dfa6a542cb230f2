import sys
import threading

from .appointments import finish_appointment, seat_appointment
from .surgery import Surgery
from .walkins import discharge_walkin, seat_walkin


def reception(surgery, rounds, opening):
    opening.wait()
    for _ in range(rounds):
        seat_appointment(surgery)
        finish_appointment(surgery)


def triage_desk(surgery, rounds, opening):
    opening.wait()
    for _ in range(rounds):
        seat_walkin(surgery)
        discharge_walkin(surgery)


def main():
    sys.setswitchinterval(1e-6)
    surgery = Surgery(chairs=4)
    rounds = 600
    opening = threading.Barrier(4)
    workers = [threading.Thread(target=reception, args=(surgery, rounds, opening)) for _ in range(2)]
    workers += [threading.Thread(target=triage_desk, args=(surgery, rounds, opening)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    expected = rounds * len(workers)
    print("visits recorded:", surgery.visits, "expected:", expected)
    print("seated at close:", surgery.seated, "free chairs:", surgery.free_chairs())
    if surgery.visits < expected:
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
