import asyncio


class Shipment:
    def __init__(self, tracking_id):
        self.tracking_id = tracking_id


class DispatchDesk:
    def __init__(self):
        self.notified = []

    def _notify(self, tracking_id):
        self.notified.append(tracking_id)

    def schedule_notifications(self, shipments):
        loop = asyncio.get_running_loop()
        for shipment in shipments:
            loop.call_soon(lambda: self._notify(shipment.tracking_id))

    async def close_day(self, shipments):
        self.schedule_notifications(shipments)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return list(self.notified)


def main():
    desk = DispatchDesk()
    shipments = [Shipment("TRK-1"), Shipment("TRK-2"), Shipment("TRK-3")]
    notified = asyncio.run(desk.close_day(shipments))
    assert notified == ["TRK-3", "TRK-3", "TRK-3"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
