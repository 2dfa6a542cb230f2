from .bus import DeferredBus
from .wiring import Outbox, wire_channels


def run_demo():
    bus = DeferredBus()
    outbox = wire_channels(bus, Outbox())
    bus.post("alert.critical", {"summary": "db primary down"})
    bus.post("alert.warning", {"summary": "disk 85% full"})
    assert bus.flush() == 2
    return outbox.messages


if __name__ == "__main__":
    messages = run_demo()
    assert messages == [
        ("email", "[INFO] db primary down"),
        ("email", "[INFO] disk 85% full"),
    ]
    assert all(channel != "pagerduty" for channel, _ in messages)
    print("BUG SHOWN")
