"""Volcano monitoring: a seismometer feed that closes its channel on teardown."""

import gc

gc.disable()

OPEN_CHANNELS = set()


class Channel:
    def __init__(self, station):
        self.station = station
        OPEN_CHANNELS.add(station)

    def close(self):
        OPEN_CHANNELS.discard(self.station)


class Feed:
    THRESHOLD = 3.5

    def __init__(self, station):
        self.channel = Channel(station)
        self.alerts = []
        self.handler = self._default_handler

    def _default_handler(self, magnitude):
        if magnitude >= self.THRESHOLD:
            self.alerts.append(magnitude)

    def set_handler(self, fn):
        self.handler = fn

    def ingest(self, readings):
        for r in readings:
            self.handler(r)
        return len(self.alerts)

    def __del__(self):
        self.channel.close()


def monitor(station, readings):
    feed = Feed(station)
    n = feed.ingest(readings)
    return n


def main():
    alerts = monitor("ETNA-NE2", [1.2, 3.9, 2.0, 4.1])
    print("alerts:", alerts, "open channels:", sorted(OPEN_CHANNELS))
    if "ETNA-NE2" in OPEN_CHANNELS:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
