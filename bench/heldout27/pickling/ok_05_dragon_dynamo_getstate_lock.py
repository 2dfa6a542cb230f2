"""Dragon dynamo: load balancing for a festival's pedal-powered dynamos.

A generator bank is guarded by a lock because riders' telemetry arrives from
several threads.  Banks are snapshotted (deep copy), persisted (pickle), and
load forecasts run in a spawn-based process pool with a module-level function.
The bank leaves its lock out of its pickled state and makes a fresh one when
restored.
"""
import copy
import multiprocessing
import operator
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor


class DynamoBank:
    def __init__(self, name, watts):
        self.name = name
        self.watts = dict(watts)
        self.rank_key = operator.itemgetter(1)
        self._lock = threading.Lock()

    def record(self, rider, watts):
        with self._lock:
            self.watts[rider] = watts

    def strongest(self, n=2):
        with self._lock:
            return [r for r, _ in sorted(self.watts.items(), key=self.rank_key, reverse=True)[:n]]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


def forecast(bank, hours):
    return bank.name, round(sum(bank.watts.values()) * hours / 1000, 2)


def main():
    bank = DynamoBank("main stage", {"Ember": 180, "Scales": 220, "Wyrm": 150})
    bank.record("Ember", 240)

    rehearsal = copy.deepcopy(bank)
    rehearsal.record("Wyrm", 400)
    restored = pickle.loads(pickle.dumps(bank))

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        name, kwh = pool.submit(forecast, bank, 3).result(timeout=30)

    print(f"strongest: {bank.strongest()}, rehearsal: {rehearsal.strongest()}")
    print(f"forecast for {name}: {kwh} kWh")
    assert bank.strongest() == ["Ember", "Scales"]
    assert rehearsal.strongest() == ["Wyrm", "Ember"]
    assert restored.watts == bank.watts and restored._lock is not bank._lock
    assert kwh == 1.83
    print("OK")


if __name__ == "__main__":
    main()
