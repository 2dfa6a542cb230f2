"""Seed bank and propagation benches for a botanical garden.

Several curators request seed packets and a bench in the propagation house
at the same time.  The seed bank imitates a slow catalogue database; every
request reads, checks and writes under one lock shared by all curators, and
bench assignment does its check and claim inside the same critical section.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class SeedBank:
    def __init__(self, packets, latency=0.02):
        self._packets = dict(packets)
        self._latency = latency
        self._lock = threading.Lock()

    def withdraw(self, accession, count):
        with self._lock:
            available = self._packets[accession]
            if available < count:
                return False
            time.sleep(self._latency)
            self._packets[accession] = available - count
            return True

    def deposit(self, accession, count):
        with self._lock:
            current = self._packets.get(accession, 0)
            time.sleep(self._latency)
            self._packets[accession] = current + count

    def snapshot(self):
        with self._lock:
            return dict(self._packets)


class PropagationHouse:
    def __init__(self, benches, latency=0.02):
        self.benches = list(benches)
        self.assigned = {}
        self._latency = latency
        self._lock = threading.Lock()

    def claim_bench(self, curator):
        with self._lock:
            for bench in self.benches:
                if bench not in self.assigned:
                    time.sleep(self._latency)
                    self.assigned[bench] = curator
                    return bench
            return None


def main():
    bank = SeedBank({"ACC-0417 Welwitschia": 30, "ACC-1102 Banksia": 50})
    house = PropagationHouse(["bench-1", "bench-2", "bench-3", "bench-4"])
    requests = [
        ("curator-ama", "ACC-1102 Banksia", 8),
        ("curator-ben", "ACC-1102 Banksia", 12),
        ("curator-cho", "ACC-0417 Welwitschia", 5),
        ("curator-dev", "ACC-1102 Banksia", 10),
        ("curator-eli", "ACC-0417 Welwitschia", 7),
    ]
    gate = threading.Barrier(len(requests) + 1)

    def handle(request):
        curator, accession, count = request
        gate.wait()
        ok = bank.withdraw(accession, count)
        return curator, ok, house.claim_bench(curator) if ok else None

    def returner():
        gate.wait()
        bank.deposit("ACC-1102 Banksia", 4)

    with ThreadPoolExecutor(max_workers=len(requests) + 1) as pool:
        returned = pool.submit(returner)
        results = list(pool.map(handle, requests))
        returned.result()

    stock = bank.snapshot()
    assert all(ok for _, ok, _ in results)
    assert stock == {"ACC-0417 Welwitschia": 18, "ACC-1102 Banksia": 24}, stock
    benches = [bench for _, _, bench in results]
    assert None in benches and len(set(benches) - {None}) == 4
    assert len(house.assigned) == 4
    print(f"stock {stock}; benches {house.assigned}")
    print("OK")


if __name__ == "__main__":
    main()
