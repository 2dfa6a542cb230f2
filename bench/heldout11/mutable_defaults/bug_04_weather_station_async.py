import asyncio
import statistics


class Station:
    def __init__(self, station_id, schedule):
        self.station_id = station_id
        self._schedule = list(schedule)

    async def read_temperature(self):
        await asyncio.sleep(0)
        return self._schedule.pop(0)


async def collect(stations, batch={}):
    readings = await asyncio.gather(*(s.read_temperature() for s in stations))
    for station, value in zip(stations, readings):
        if value is not None:
            batch[station.station_id] = value
    return batch


class RegionalAggregator:
    def __init__(self, stations):
        self.stations = stations
        self.reports = []

    async def poll_round(self):
        batch = await collect(self.stations)
        report = {
            "reporting": sorted(batch),
            "mean": round(statistics.fmean(batch.values()), 2),
        }
        self.reports.append(report)
        return report


async def main():
    stations = [
        Station("ridge", [11.0, 12.0]),
        Station("harbour", [15.0, 16.0]),
        Station("airport", [17.0, None]),
    ]
    agg = RegionalAggregator(stations)
    first = await agg.poll_round()
    assert first == {"reporting": ["airport", "harbour", "ridge"], "mean": 14.33}
    second = await agg.poll_round()
    assert "airport" in second["reporting"], second
    assert second["mean"] == 15.0, second
    print("BUG SHOWN")


if __name__ == "__main__":
    asyncio.run(main())
