import sys
import threading

from . import inventory
from .loans import lend
from .returns import give_back

sys.setswitchinterval(1e-6)


def lending_desk(toy, n):
    for _ in range(n):
        lend(toy)


def returns_chute(toy, n):
    for _ in range(n):
        give_back(toy)


def main():
    toy = "marble run"
    inventory.stock(toy, 5000)
    workers = [threading.Thread(target=lending_desk, args=(toy, 3000)),
               threading.Thread(target=returns_chute, args=(toy, 3000)),
               threading.Thread(target=lending_desk, args=(toy, 1000)),
               threading.Thread(target=returns_chute, args=(toy, 1000))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("marble runs on shelf:", inventory.SHELF[toy], "expected 5000")
    if inventory.SHELF[toy] != 5000:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
