import threading
from concurrent.futures import ThreadPoolExecutor

from .box_office import run_sales
from .ledger import SeatLedger
from .refunds import RefundDesk


def main() -> None:
    ledger = SeatLedger({"GALA-FRI": 300, "DOCS-SAT": 120})
    ledger.record_sale("GALA-FRI", 250)
    desk = RefundDesk(ledger)
    requests = [(f"buyer{n:02d}", "GALA-FRI", 2) for n in range(6)]
    gate = threading.Barrier(len(requests) + 1)

    with ThreadPoolExecutor(max_workers=len(requests) + 1) as pool:
        def refund_job() -> None:
            gate.wait()
            desk.refund("press-office", "GALA-FRI", 10)
        refund_future = pool.submit(refund_job)
        sale_futures = run_sales(pool, ledger, requests, gate)
        tickets = [f.result() for f in sale_futures]
        refund_future.result()

    issued = [t for t in tickets if not t.startswith("sold out")]
    expected_sold = 250 + 2 * len(issued) - 10
    print(f"issued {len(issued)} tickets, vouchers {desk.vouchers}")
    print(f"ledger says sold={ledger.sold['GALA-FRI']}, expected {expected_sold}")
    if ledger.sold["GALA-FRI"] != expected_sold:
        print(f"{expected_sold - ledger.sold['GALA-FRI']} sold seats vanished from the "
              f"ledger and can be sold again")
        print("BUG SHOWN")
        return
    print("ledger consistent")


if __name__ == "__main__":
    main()
