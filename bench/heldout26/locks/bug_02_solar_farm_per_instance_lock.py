"""Solar farm SCADA: inverters pushing energy readings to the site totals.

Each inverter has its own reporting client, polled concurrently by a
thread pool; the clients add their interval energy into the site totals
that feed the export meter reconciliation.
"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

SITE_TOTALS = {"energy_wh": 0, "reports": 0}


class InverterClient:
    def __init__(self, inverter_id, totals):
        self.inverter_id = inverter_id
        self.totals = totals
        self._lock = threading.Lock()

    def _read_register(self, start_barrier, interval_wh):
        start_barrier.wait(timeout=5)
        return interval_wh

    def push_interval(self, start_barrier, interval_wh):
        energy = self._read_register(start_barrier, interval_wh)
        with self._lock:
            running = self.totals["energy_wh"]
            reports = self.totals["reports"]
            time.sleep(0.05)
            self.totals["energy_wh"] = running + energy
            self.totals["reports"] = reports + 1
        return energy


def poll_site(clients, readings):
    barrier = threading.Barrier(len(clients))
    with ThreadPoolExecutor(max_workers=len(clients)) as pool:
        futures = [
            pool.submit(client.push_interval, barrier, readings[client.inverter_id])
            for client in clients
        ]
        return [f.result() for f in futures]


def reconcile_with_export_meter(totals, export_meter_wh):
    if not export_meter_wh:
        return 0.0
    return abs(totals["energy_wh"] - export_meter_wh) / export_meter_wh


def main():
    readings = {"INV-R1": 41250, "INV-R2": 39870, "INV-S1": 40510, "INV-S2": 12040}
    clients = [InverterClient(inv, SITE_TOTALS) for inv in readings]
    pushed = poll_site(clients, readings)
    print("pushed:", pushed)
    print("site totals:", SITE_TOTALS)
    mismatch = reconcile_with_export_meter(SITE_TOTALS, export_meter_wh=133670)
    print(f"export meter mismatch: {mismatch:.1%}")
    if SITE_TOTALS["energy_wh"] != sum(pushed) or SITE_TOTALS["reports"] != len(pushed):
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
