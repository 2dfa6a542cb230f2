import asyncio


class Radio:
    def __init__(self, telemetry):
        self.telemetry = telemetry
        self.tuned = []

    async def downlink(self, norad_id):
        self.tuned.append(norad_id)
        await asyncio.sleep(0)
        return {"norad": norad_id, "frames": self.telemetry[norad_id]}


class GroundStation:
    def __init__(self, radio, timeout=2.0):
        self.radio = radio
        self.timeout = timeout

    async def collect(self, pass_plan):
        tasks = []
        for norad_id in pass_plan:
            async def acquire():
                async with asyncio.timeout(self.timeout):
                    return await self.radio.downlink(norad_id)
            tasks.append(asyncio.create_task(acquire()))
        return await asyncio.gather(*tasks)


def main():
    radio = Radio({25544: 310, 43013: 128, 33591: 77})
    station = GroundStation(radio)
    results = asyncio.run(station.collect([25544, 43013, 33591]))
    assert radio.tuned == [33591, 33591, 33591], radio.tuned
    assert [r["frames"] for r in results] == [77, 77, 77]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
