"""Dove dovecote: nest-box allocation in a historic estate dovecote.

Keepers at several lofts ring and house birds concurrently.  All lofts share
the dovecote's nest-box count, so they all go through one lock that belongs to
the shared dovecote, held across the whole check-ring-update sequence.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Dovecote:
    def __init__(self, boxes):
        self.free_boxes = boxes
        self.housed = []
        self.lock = threading.Lock()


class RingingBench:
    def __init__(self, delay=0.01):
        self.delay = delay

    def ring(self, bird):
        time.sleep(self.delay)
        return f"DV-{bird.upper()}"


class Loft:
    def __init__(self, name, dovecote, bench):
        self.name = name
        self.dovecote = dovecote
        self.bench = bench
        self.turned_away = []

    def house(self, bird):
        cote = self.dovecote
        with cote.lock:
            free = cote.free_boxes
            if free <= 0:
                self.turned_away.append(bird)
                return None
            ring = self.bench.ring(bird)
            cote.free_boxes = free - 1
            cote.housed.append((self.name, ring))
            return ring


def main():
    cote = Dovecote(boxes=5)
    bench = RingingBench()
    lofts = [Loft(name, cote, bench) for name in ("east loft", "west loft", "tower")]
    arrivals = {
        "east loft": ["fantail", "tumbler"],
        "west loft": ["homer", "barb", "jacobin"],
        "tower": ["pouter", "owl"],
    }
    with ThreadPoolExecutor(max_workers=len(lofts)) as pool:
        futures = [pool.submit(lambda l=loft: [l.house(b) for b in arrivals[l.name]])
                   for loft in lofts]
        for f in futures:
            f.result()

    turned_away = sum(len(l.turned_away) for l in lofts)
    print(f"housed {len(cote.housed)}, turned away {turned_away}, free {cote.free_boxes}")
    assert len(cote.housed) == 5 and cote.free_boxes == 0 and turned_away == 2
    assert len({ring for _, ring in cote.housed}) == 5
    print("OK")


if __name__ == "__main__":
    main()
