import sys
import threading

from .pool import TicketPool
from .refunds import refund
from .sales import sell

sys.setswitchinterval(1e-6)


def run_day(pool, sales, refunds):
    start = threading.Barrier(2)

    def terminal():
        start.wait()
        sell(pool, sales)

    def service_desk():
        start.wait()
        refund(pool, refunds)

    workers = [threading.Thread(target=terminal), threading.Thread(target=service_desk)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def main():
    pool = TicketPool("draw-2291", price=2.0)
    pool.sold = 500
    run_day(pool, sales=300, refunds=150)
    expected = 500 + 300 - 150
    print(f"tickets sold: {pool.sold}, expected {expected}, prize fund {pool.prize_fund()}")
    if pool.sold != expected:
        print("ticket count drifted")
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
