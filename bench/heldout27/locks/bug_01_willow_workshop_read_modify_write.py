"""Willow workshop: tool crib for a basket-weaving workshop.

Apprentices check tools out of a shared crib from their own benches (one
thread per bench).  Every checkout is written to an audit trail, which is slow
because it goes to the workshop's networked ledger.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class AuditTrail:
    def __init__(self, latency=0.1):
        self.latency = latency
        self.lines = []
        self._lock = threading.Lock()

    def record(self, who, tool, remaining):
        time.sleep(self.latency)
        with self._lock:
            self.lines.append((who, tool, remaining))


class ToolCrib:
    def __init__(self, stock, audit):
        self.stock = dict(stock)
        self.audit = audit

    def check_out(self, who, tool):
        remaining = self.stock[tool]
        if remaining <= 0:
            raise LookupError(f"no {tool} left for {who}")
        self.audit.record(who, tool, remaining - 1)
        self.stock[tool] = remaining - 1
        return tool

    def check_in(self, who, tool):
        self.stock[tool] += 1


def bench_session(crib, apprentice, tools):
    taken = []
    for tool in tools:
        taken.append(crib.check_out(apprentice, tool))
    return taken


def main():
    crib = ToolCrib({"rapping iron": 6, "bodkin": 10, "shears": 4}, AuditTrail())
    apprentices = ["Wren", "Osier", "Rush", "Hazel"]
    with ThreadPoolExecutor(max_workers=len(apprentices)) as pool:
        futures = [pool.submit(bench_session, crib, a, ["rapping iron"]) for a in apprentices]
        handed_out = sum(len(f.result()) for f in futures)

    print(f"rapping irons handed out: {handed_out}")
    print(f"crib says rapping irons left: {crib.stock['rapping iron']}")
    if crib.stock["rapping iron"] != 6 - handed_out:
        print(f"crib should show {6 - handed_out}")
        print("BUG SHOWN")
    else:
        print("crib balanced")


if __name__ == "__main__":
    main()
