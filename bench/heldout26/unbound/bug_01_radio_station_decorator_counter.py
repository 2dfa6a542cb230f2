"""Radio station playout: jingle insertion between tracks.

The playout engine asks the jingle service for a station ident after every
few tracks.  Advertisers pay for a capped number of airings per hour, so the
service wraps its airing function with a small rate-limiting decorator.
"""
import functools
from dataclasses import dataclass, field


class AiringCapReached(Exception):
    """Raised when a jingle has used up its hourly allowance."""


def capped_per_hour(max_airings):
    def decorator(func):
        aired = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if aired >= max_airings:
                raise AiringCapReached(func.__name__)
            result = func(*args, **kwargs)
            aired += 1
            return result

        return wrapper

    return decorator


@dataclass
class Track:
    artist: str
    title: str
    seconds: int


@dataclass
class PlayoutLog:
    entries: list = field(default_factory=list)

    def add(self, kind, label, seconds):
        self.entries.append((kind, label, seconds))

    @property
    def airtime(self):
        return sum(seconds for _, _, seconds in self.entries)


@capped_per_hour(3)
def air_station_ident(log, station="Riverside FM"):
    log.add("jingle", f"{station} ident", 7)
    return station


class PlayoutEngine:
    def __init__(self, playlist, ident_every=2):
        self.playlist = playlist
        self.ident_every = ident_every
        self.log = PlayoutLog()

    def run_hour(self):
        for index, track in enumerate(self.playlist, start=1):
            self.log.add("track", f"{track.artist} - {track.title}", track.seconds)
            if index % self.ident_every == 0:
                try:
                    air_station_ident(self.log)
                except AiringCapReached:
                    pass
        return self.log


def main():
    playlist = [
        Track("The Reeds", "Low Water", 214),
        Track("Sandmartins", "Quay Lights", 187),
        Track("Velvet Ferry", "Crossing", 243),
        Track("Ursa Minor", "Night Shift", 199),
    ]
    engine = PlayoutEngine(playlist)
    try:
        log = engine.run_hour()
    except NameError as exc:
        print(f"playout aborted: {type(exc).__name__}: {exc}")
        print("BUG SHOWN")
        return
    print(f"aired {len(log.entries)} items, {log.airtime}s")
    print("OK")


if __name__ == "__main__":
    main()
