import sys
import threading

from . import stock
from .smoker import Smoker


def shift(kiln, batches, go):
    smoker = Smoker(kiln)
    go.wait()
    for _ in range(batches):
        smoker.unload("salmon", 5)


def main():
    sys.setswitchinterval(1e-6)
    go = threading.Event()
    kilns = [threading.Thread(target=shift, args=(k, 40, go)) for k in range(6)]
    for t in kilns:
        t.start()
    go.set()
    for t in kilns:
        t.join()
    expected = 6 * 40 * 5
    print("salmon in store:", stock.COLD_STORE["salmon"], "expected:", expected)
    if stock.COLD_STORE["salmon"] != expected:
        print("batches lost from the cold store")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
