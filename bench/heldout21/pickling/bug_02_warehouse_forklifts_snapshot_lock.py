"""Warehouse forklift dispatcher with periodic state snapshots."""
import pickle
import threading


class Forklift:
    def __init__(self, unit, capacity_kg):
        self.unit = unit
        self.capacity_kg = capacity_kg
        self.charge = 100
        self.job = None


class Dispatcher:
    def __init__(self, forklifts):
        self.forklifts = {f.unit: f for f in forklifts}
        self.queue = []
        self._guard = threading.RLock()

    def request(self, pallet, weight):
        with self._guard:
            self.queue.append((pallet, weight))

    def assign(self):
        with self._guard:
            for pallet, weight in list(self.queue):
                for fl in self.forklifts.values():
                    if fl.job is None and fl.capacity_kg >= weight:
                        fl.job = pallet
                        self.queue.remove((pallet, weight))
                        break


class SnapshotStore:
    def __init__(self):
        self.blobs = []

    def save(self, state):
        self.blobs.append(pickle.dumps(state))

    def restore(self, index=-1):
        return pickle.loads(self.blobs[index])


def main():
    dispatcher = Dispatcher([Forklift("FL1", 1500), Forklift("FL2", 2500)])
    dispatcher.request("P-100", 1200)
    dispatcher.request("P-101", 2200)
    dispatcher.assign()
    store = SnapshotStore()
    try:
        store.save(dispatcher)
    except (TypeError, pickle.PicklingError) as exc:
        print("snapshot failed:", exc)
        print("BUG SHOWN")
        return
    print(store.restore().forklifts)
    print("OK")


if __name__ == "__main__":
    main()
