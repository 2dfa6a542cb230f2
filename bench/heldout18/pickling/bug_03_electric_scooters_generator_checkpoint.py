"""Electric scooter fleet state, checkpointed between rebalancing runs."""

import pickle


def telemetry_stream(scooter_ids):
    tick = 0
    while True:
        for sid in scooter_ids:
            yield sid, 100 - (tick * 7 + len(sid)) % 80
        tick += 1


class Fleet:
    def __init__(self, city, scooter_ids):
        self.city = city
        self.battery = {sid: 100 for sid in scooter_ids}
        self._feed = telemetry_stream(scooter_ids)

    def poll(self, n):
        for _ in range(n):
            sid, level = next(self._feed)
            self.battery[sid] = level

    def low(self, threshold=40):
        return sorted(sid for sid, lvl in self.battery.items() if lvl < threshold)


class Checkpointer:
    def __init__(self):
        self.snapshots = []

    def save(self, fleet):
        self.snapshots.append(pickle.dumps(fleet))

    def clone(self, fleet):
        self.save(fleet)
        return pickle.loads(self.snapshots[-1])


def main():
    fleet = Fleet("Leeds", ["LS-01", "LS-02", "LS-003", "LS-0004"])
    fleet.poll(10)
    print("low battery:", fleet.low())
    cp = Checkpointer()
    try:
        trial = cp.clone(fleet)
    except TypeError as exc:
        print("checkpoint failed:", exc)
        if "generator" in str(exc):
            print("BUG SHOWN")
        return
    print("cloned", trial.city)


if __name__ == "__main__":
    main()
