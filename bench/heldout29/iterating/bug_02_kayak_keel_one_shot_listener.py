"""Kayak keel: rental telemetry for a kayak hire fleet.

Listeners subscribe to a boat's telemetry stream.  One-shot listeners
(e.g. "notify me when the boat is back at the keel dock") unsubscribe
themselves from inside their callback once they fired.
"""
import itertools


class Telemetry:
    def __init__(self, boat):
        self.boat = boat
        self._listeners = {}
        self._tokens = itertools.count(1)

    def subscribe(self, callback):
        token = next(self._tokens)
        self._listeners[token] = callback
        return token

    def unsubscribe(self, token):
        self._listeners.pop(token, None)

    def once(self, predicate, callback):
        token = None

        def fire(sample):
            if predicate(sample):
                self.unsubscribe(token)
                callback(sample)

        token = self.subscribe(fire)
        return token

    def emit(self, sample):
        for token, listener in self._listeners.items():
            listener(sample)


def main():
    stream = Telemetry("KK-7")
    track, alerts = [], []
    stream.subscribe(lambda s: track.append((s["lat"], s["lon"])))
    stream.once(lambda s: s["dock"] == "keel", lambda s: alerts.append("back at keel dock"))
    stream.subscribe(lambda s: s["speed"] > 6 and alerts.append("speeding"))

    samples = [
        {"lat": 51.10, "lon": 1.31, "dock": None, "speed": 3},
        {"lat": 51.11, "lon": 1.32, "dock": "keel", "speed": 1},
        {"lat": 51.11, "lon": 1.32, "dock": "keel", "speed": 0},
    ]
    try:
        for sample in samples:
            stream.emit(sample)
    except RuntimeError as exc:
        print(f"telemetry pump crashed: {exc}")
        print(f"track points stored: {len(track)}, alerts: {alerts}")
        print("BUG SHOWN")
        return
    print("track:", track, "alerts:", alerts)


if __name__ == "__main__":
    main()
