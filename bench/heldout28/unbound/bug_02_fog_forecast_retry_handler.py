"""Fog forecast: fetches visibility reports from coastal weather stations.

The upstream feed is flaky, so every fetch is retried a few times with a
backoff before the forecast service gives up and reports the station as
unavailable to the dashboard.
"""
import logging
import time


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


log = logging.getLogger("fog_forecast")
log.propagate = False
log.setLevel(logging.INFO)
_handler = ListHandler()
log.addHandler(_handler)


class FeedTimeout(Exception):
    pass


class ForecastUnavailable(Exception):
    pass


class StationFeed:
    """Simulated station feed; some stations never answer in time."""

    def __init__(self, readings, dead_stations=()):
        self.readings = readings
        self.dead_stations = set(dead_stations)
        self.calls = 0

    def fetch(self, station):
        self.calls += 1
        if station in self.dead_stations:
            raise FeedTimeout(f"{station} did not answer within 2.0s")
        return self.readings[station]


def fetch_with_retry(feed, station, attempts=3, backoff=0.0):
    for attempt in range(1, attempts + 1):
        try:
            return feed.fetch(station)
        except FeedTimeout as err:
            log.warning("attempt %d/%d for %s failed: %s", attempt, attempts, station, err)
            time.sleep(backoff * attempt)
    raise ForecastUnavailable(f"{station}: gave up after {attempts} attempts") from err


def visibility_band(metres):
    if metres < 200:
        return "dense fog"
    if metres < 1000:
        return "fog"
    if metres < 5000:
        return "mist"
    return "clear"


def build_dashboard(feed, stations):
    rows = []
    for station in stations:
        try:
            metres = fetch_with_retry(feed, station)
        except ForecastUnavailable as exc:
            rows.append((station, f"unavailable ({exc})"))
            continue
        rows.append((station, visibility_band(metres)))
    return rows


def main():
    feed = StationFeed(
        {"harbour-mouth": 150, "north-pier": 900, "lighthouse": 4200},
        dead_stations={"north-pier"},
    )
    try:
        rows = build_dashboard(feed, ["harbour-mouth", "north-pier", "lighthouse"])
    except UnboundLocalError as exc:
        print(f"dashboard build crashed: {exc}")
        print(f"{len(_handler.records)} retry warnings were logged before the crash")
        print("BUG SHOWN")
        return
    for station, text in rows:
        print(f"{station:15} {text}")
    print("no failure")


if __name__ == "__main__":
    main()
