import asyncio


class CardDeclined(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class FakeProcessor:
    def __init__(self, declines):
        self.declines = dict(declines)
        self.captured = []

    async def charge(self, card, cents):
        await asyncio.sleep(0)
        if card in self.declines:
            raise CardDeclined(self.declines[card], "card declined")
        self.captured.append((card, cents))
        return f"ch_{len(self.captured)}"


class PaymentGateway:
    def __init__(self, processor, max_attempts=2):
        self.processor = processor
        self.max_attempts = max_attempts

    async def charge(self, card, cents):
        attempts = 0
        while attempts < self.max_attempts:
            attempts += 1
            try:
                return {"status": "ok", "id": await self.processor.charge(card, cents)}
            except CardDeclined as decline:
                if decline.code != "try_again_later":
                    break
        return {"status": "failed", "code": decline.code, "attempts": attempts}


async def checkout(gateway, basket):
    results = []
    for card, cents in basket:
        results.append(await gateway.charge(card, cents))
    return results


def main():
    gateway = PaymentGateway(FakeProcessor({"4000-0002": "insufficient_funds"}))
    ok = asyncio.run(checkout(gateway, [("4242-4242", 1500)]))
    assert ok[0]["status"] == "ok"
    try:
        asyncio.run(checkout(gateway, [("4000-0002", 900)]))
    except UnboundLocalError as exc:
        assert "decline" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("checkout reported the decline")


if __name__ == "__main__":
    main()
