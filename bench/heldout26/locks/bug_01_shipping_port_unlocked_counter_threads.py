"""Shipping port: quay cranes reporting container moves to the berth ledger.

Every crane is a worker thread that starts at the shift bell, unloads its
bay plan and reports the moves to the berth ledger, which also keeps an
audit trail for the harbour master.
"""
import threading
import time


class BerthLedger:
    def __init__(self, berth):
        self.berth = berth
        self.containers_moved = 0
        self.audit = []
        self._audit_lock = threading.Lock()

    def _append_audit(self, crane, count):
        with self._audit_lock:
            self.audit.append((crane, count))
        time.sleep(0.05)

    def record_moves(self, crane, count):
        moved = self.containers_moved
        self._append_audit(crane, count)
        self.containers_moved = moved + count


class QuayCrane(threading.Thread):
    def __init__(self, name, bay_plan, ledger, shift_bell):
        super().__init__(name=name)
        self.bay_plan = bay_plan
        self.ledger = ledger
        self.shift_bell = shift_bell

    def run(self):
        self.shift_bell.wait()
        unloaded = sum(1 for slot in self.bay_plan if slot is not None)
        self.ledger.record_moves(self.name, unloaded)


def main():
    ledger = BerthLedger("Berth 7, Sandgate Terminal")
    plans = {
        "QC-01": ["MSKU1"] * 30,
        "QC-02": ["TGHU2"] * 25 + [None] * 5,
        "QC-03": ["SUDU3"] * 40,
        "QC-04": ["RFCU4"] * 15,
    }
    bell = threading.Barrier(len(plans))
    cranes = [QuayCrane(name, plan, ledger, bell) for name, plan in plans.items()]
    for crane in cranes:
        crane.start()
    for crane in cranes:
        crane.join()

    expected = sum(count for _, count in ledger.audit)
    print(f"audit trail total: {expected}, ledger total: {ledger.containers_moved}")
    if ledger.containers_moved != expected:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
