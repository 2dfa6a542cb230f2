"""Trampoline park: jump-session tokens sold from several kiosks."""

import sys
import threading
import time

sys.setswitchinterval(1e-6)


class TokenPool:
    def __init__(self, tokens):
        self._lock = threading.Lock()
        self.remaining = tokens
        self.sold = 0

    def _print_receipt(self):
        time.sleep(0)

    def sell(self, n=1):
        with self._lock:
            if self.remaining < n:
                return False
            left = self.remaining
            self._print_receipt()
            self.remaining = left - n
            self.sold += n
            return True


class Kiosk:
    def __init__(self, pool, name):
        self.pool = pool
        self.name = name
        self.sales = 0

    def serve(self, customers):
        for _ in range(customers):
            if self.pool.sell():
                self.sales += 1


def main():
    pool = TokenPool(3000)
    kiosks = [Kiosk(pool, f"kiosk{i}") for i in range(4)]
    threads = [threading.Thread(target=k.serve, args=(1000,)) for k in kiosks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total_sales = sum(k.sales for k in kiosks)
    assert pool.sold == total_sales == 3000, (pool.sold, total_sales)
    assert pool.remaining == 0
    print("sold", pool.sold)
    print("OK")


if __name__ == "__main__":
    main()
