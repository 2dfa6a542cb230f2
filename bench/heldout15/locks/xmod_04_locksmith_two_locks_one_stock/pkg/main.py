import sys
import threading

from . import cutting, inventory

sys.setswitchinterval(1e-6)


def counter_staff(jobs, gate):
    gate.wait()
    for kind, code in jobs:
        cutting.cut_key(kind, code)


def stockroom(deliveries, gate):
    gate.wait()
    for kind, qty in deliveries:
        inventory.restock(kind, qty)


def main():
    start = inventory.level("yale")
    gate = threading.Barrier(2)
    jobs = [("yale", f"{i:05d}") for i in range(30)]
    deliveries = [("yale", 2)] * 30
    workers = [
        threading.Thread(target=counter_staff, args=(jobs, gate)),
        threading.Thread(target=stockroom, args=(deliveries, gate)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    expected = start - len(jobs) + sum(q for _, q in deliveries)
    print("yale blanks:", inventory.level("yale"), "expected:", expected)
    if inventory.level("yale") != expected:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
