from .devices import DoorLock, Thermostat
from .registry import DeviceRegistry


def main():
    registry = DeviceRegistry()
    registry.add(DoorLock("front-door", last_seen=100))
    registry.add(Thermostat("hall", last_seen=90))
    assert registry.poll_plan() == [(110, "front-door"), (150, "hall")]
    assert registry.stale(now=200) == ["front-door"]

    registry.add(Thermostat("attic", last_seen=95, eco=True))
    try:
        registry.poll_plan()
    except NameError as exc:
        assert "ECO_FACTOR" in str(exc) or "POLL_INTERVAL" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("poll plan unexpectedly computed")


if __name__ == "__main__":
    main()
