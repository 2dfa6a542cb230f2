"""Attendants park arriving cars concurrently."""
import threading
from concurrent.futures import ThreadPoolExecutor


def park_arrivals(garage, plates):
    arrivals = threading.Barrier(len(plates))

    def park(plate):
        arrivals.wait(timeout=5)
        return plate, garage.claim(plate)

    with ThreadPoolExecutor(max_workers=len(plates), thread_name_prefix="valet") as pool:
        return dict(pool.map(park, plates))
