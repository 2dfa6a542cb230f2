"""Lemon ledger: month-end reconciliation for a citrus wholesaler.

Ledger pages are totalled in worker processes.  The currency rounding
policy is configurable and is built by a small factory before the pages
are fanned out to a ProcessPoolExecutor.
"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal


def rounding_policy(places, mode):
    quantum = Decimal(1).scaleb(-places)

    def apply(amount):
        return Decimal(amount).quantize(quantum, rounding=mode)

    apply.__name__ = f"round_{places}_{mode.lower()}"
    return apply


def total_page(page, rounder):
    return str(sum(rounder(line) for line in page))


class Reconciler:
    def __init__(self, rounder, workers=2):
        self.rounder = rounder
        self.workers = workers

    def totals(self, pages):
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context) as pool:
            futures = [pool.submit(total_page, page, self.rounder) for page in pages]
            return [future.result(timeout=30) for future in futures]


def month_end(reconciler, pages, expected_total):
    totals = reconciler.totals(pages)
    grand = sum(Decimal(t) for t in totals)
    return {"pages": totals, "grand_total": str(grand),
            "balanced": grand == Decimal(expected_total)}


PAGES = [
    ["12.345", "7.005", "0.125"],
    ["99.995", "1.115"],
]


def main():
    bankers = Reconciler(rounding_policy(2, ROUND_HALF_EVEN))
    try:
        print("month end:", month_end(bankers, PAGES, "120.58"))
    except (AttributeError, TypeError) as exc:
        print(f"reconciliation failed: {exc}")
        local_only = rounding_policy(2, ROUND_HALF_UP)
        print("in-process total of page 1:", total_page(PAGES[0], local_only))
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
