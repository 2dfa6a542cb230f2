"""Saturday lunch: the line fires a new ticket while expo bumps a finished one."""
import threading

from .expo import ServerPager, bump
from .printer import KitchenPrinter
from .rail import TicketRail


def main():
    printer = KitchenPrinter(seconds_per_ticket=0.2)
    rail = TicketRail(printer)
    first = rail.fire("H4", ["halibut", "leek gratin"])
    rail.fire("J2", ["jerk chicken", "lime rice"])
    pager = ServerPager(latency=0.2)
    rush = threading.Barrier(2)
    results = {}

    def line_cook():
        rush.wait()
        results["fired"] = rail.fire("K9", ["katsu curry"])

    def expo():
        rush.wait()
        results["bumped"] = bump(rail, first.number, pager)

    workers = [threading.Thread(target=line_cook), threading.Thread(target=expo)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"fired {results['fired'].table}, bumped {results['bumped'].table}")
    print(f"pager: {pager.pages}; printed: {printer.printed}")
    actual = len(rail.open_tickets())
    print(f"KDS counter {rail.open_count}, tickets on rail {actual}")
    if rail.open_count != actual:
        print("open-ticket counter disagrees with the rail")
        print("BUG SHOWN")
    else:
        print("rail consistent")


if __name__ == "__main__":
    main()
