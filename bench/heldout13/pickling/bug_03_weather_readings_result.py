import multiprocessing
from multiprocessing.pool import MaybeEncodingError


def reading_type(fields):
    class Reading:
        __slots__ = fields

        def __init__(self, **values):
            for name in fields:
                setattr(self, name, values[name])

        def __repr__(self):
            return "Reading(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in fields) + ")"

    return Reading


def parse_station_log(text):
    Reading = reading_type(("station", "hour", "temp_c"))
    readings = []
    for line in text.strip().splitlines():
        station, hour, temp = line.split(",")
        readings.append(Reading(station=station, hour=int(hour), temp_c=float(temp)))
    return readings


class ArchiveLoader:
    def __init__(self, processes=2):
        self.processes = processes

    def load(self, logs):
        with multiprocessing.Pool(self.processes) as pool:
            batches = pool.map(parse_station_log, logs)
        return [r for batch in batches for r in batch]


def main():
    logs = ["KSEA,0,8.5\nKSEA,1,8.1", "KPDX,0,9.9\nKPDX,1,9.4"]
    local = parse_station_log(logs[0])
    assert local[1].temp_c == 8.1
    try:
        ArchiveLoader().load(logs)
    except MaybeEncodingError as exc:
        assert "reading_type.<locals>.Reading" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("readings came back from the pool")


if __name__ == "__main__":
    main()
