import asyncio


class Station:
    def __init__(self, code, temperature):
        self.code = code
        self.temperature = temperature

    async def fetch(self):
        await asyncio.sleep(0)
        return {"station": self.code, "temp_c": self.temperature}


class NetworkCollector:
    def __init__(self, stations):
        self.stations = stations
        self.archive = {}

    def _store(self, code, task):
        self.archive[code] = task.result()["temp_c"]

    async def sweep(self):
        tasks = []
        for station in self.stations:
            task = asyncio.create_task(station.fetch())
            task.add_done_callback(lambda t: self._store(station.code, t))
            tasks.append(task)
        await asyncio.gather(*tasks)
        await asyncio.sleep(0)
        return self.archive


def main():
    collector = NetworkCollector([Station("EGLL", 11.5), Station("LFPG", 13.0), Station("EDDF", 9.25)])
    archive = asyncio.run(collector.sweep())
    assert list(archive) == ["EDDF"], archive
    assert archive["EDDF"] in (11.5, 13.0, 9.25)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
