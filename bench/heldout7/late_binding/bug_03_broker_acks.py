import asyncio


class Broker:
    def __init__(self):
        self.queues = {}

    def subscribe(self, topic):
        return self.queues.setdefault(topic, asyncio.Queue())

    async def publish(self, topic, payload):
        await asyncio.sleep(0)
        await self.queues[topic].put(payload)
        return len(payload)


class Publisher:
    def __init__(self, broker):
        self.broker = broker
        self.acked = {}

    def _on_ack(self, topic, fut):
        self.acked[topic] = fut.result()

    async def flush(self, outbox):
        pending = []
        for topic, payload in outbox.items():
            task = asyncio.create_task(self.broker.publish(topic, payload))
            task.add_done_callback(lambda fut: self._on_ack(topic, fut))
            pending.append(task)
        await asyncio.gather(*pending)
        await asyncio.sleep(0)
        return self.acked


async def run():
    broker = Broker()
    for t in ("orders", "payments", "emails"):
        broker.subscribe(t)
    pub = Publisher(broker)
    acked = await pub.flush({"orders": b"o-1", "payments": b"pay-77", "emails": b"hello@x"})
    assert broker.queues["payments"].qsize() == 1
    return acked


def main():
    acked = asyncio.run(run())
    assert set(acked) == {"emails"}, acked
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
