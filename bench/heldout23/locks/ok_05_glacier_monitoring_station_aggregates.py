"""Telemetry aggregation for a glacier-monitoring field network.

Several automatic weather stations upload melt-gauge readings concurrently.
The aggregator keeps a running ablation total per glacier and a shared
modem-airtime budget that every uplink worker draws from.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar, Dict, List, Tuple


class AirtimeBudget:
    """Satellite modem minutes shared by all uplink workers."""

    def __init__(self, minutes: int):
        self.minutes = minutes
        self._lock = threading.Lock()

    def draw(self, minutes: int) -> bool:
        with self._lock:
            left = self.minutes
            if left < minutes:
                return False
            time.sleep(0.01)
            self.minutes = left - minutes
            return True


class Uplink:
    _registry_lock: ClassVar[threading.Lock] = threading.Lock()
    ablation_mm: ClassVar[Dict[str, float]] = {}

    def __init__(self, station: str, glacier: str, budget: AirtimeBudget):
        self.station = station
        self.glacier = glacier
        self.budget = budget
        self.sent: List[float] = []

    def _decode(self, raw: str) -> float:
        time.sleep(0.01)
        return float(raw)

    def upload(self, readings: List[str]) -> int:
        accepted = 0
        for raw in readings:
            if not self.budget.draw(1):
                break
            value = self._decode(raw)
            with Uplink._registry_lock:
                current = Uplink.ablation_mm.get(self.glacier, 0.0)
                time.sleep(0.005)
                Uplink.ablation_mm[self.glacier] = current + value
            self.sent.append(value)
            accepted += 1
        return accepted


def main() -> None:
    budget = AirtimeBudget(minutes=10)
    fleet: List[Tuple[Uplink, List[str]]] = [
        (Uplink("AWS-N1", "Fjallbreen", budget), ["4.0", "3.5", "2.5"]),
        (Uplink("AWS-N2", "Fjallbreen", budget), ["5.0", "1.0", "2.0"]),
        (Uplink("AWS-S1", "Grauhorn", budget), ["6.0", "6.5", "7.0"]),
        (Uplink("AWS-S2", "Grauhorn", budget), ["1.5", "2.5", "3.0"]),
    ]
    gate = threading.Barrier(len(fleet))

    def run(uplink: Uplink, readings: List[str]) -> int:
        gate.wait()
        return uplink.upload(readings)

    with ThreadPoolExecutor(max_workers=len(fleet)) as pool:
        counts = list(pool.map(lambda pair: run(*pair), fleet))

    sent_total = sum(sum(u.sent) for u, _ in fleet)
    aggregated = sum(Uplink.ablation_mm.values())
    per_glacier = {
        g: sum(sum(u.sent) for u, _ in fleet if u.glacier == g) for g in Uplink.ablation_mm
    }
    print(f"accepted per station: {counts}, airtime left: {budget.minutes}")
    print(f"ablation totals: {Uplink.ablation_mm}")
    assert sum(counts) == 10 and budget.minutes == 0, (counts, budget.minutes)
    assert abs(aggregated - sent_total) < 1e-9
    assert all(abs(Uplink.ablation_mm[g] - v) < 1e-9 for g, v in per_glacier.items())
    print("OK")


if __name__ == "__main__":
    main()
