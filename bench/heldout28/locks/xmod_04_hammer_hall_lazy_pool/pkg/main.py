import threading
from concurrent.futures import ThreadPoolExecutor

from . import pool
from .workers import place_bid


def main():
    requests = [
        {"lot": 17, "bidder": "Hattie", "amount": 1200},
        {"lot": 17, "bidder": "Horace", "amount": 1250},
        {"lot": 22, "bidder": "Hiro", "amount": 400},
        {"lot": 22, "bidder": "Halima", "amount": 450},
    ]
    ready = threading.Barrier(len(requests))
    with ThreadPoolExecutor(max_workers=len(requests)) as executor:
        results = list(executor.map(lambda req: place_bid(req, ready), requests))

    for bidder, serial in results:
        print(f"{bidder}'s bid went through pool #{serial}")
    print(f"pools opened: {len(pool.OPENED)}")

    if len(pool.OPENED) > 1:
        print("the process opened several database pools instead of sharing one")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
