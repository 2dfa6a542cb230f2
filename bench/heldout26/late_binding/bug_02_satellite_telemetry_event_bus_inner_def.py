"""Satellite ground station: decoding housekeeping telemetry.

Raw frames arrive on an in-process event bus, one topic per channel.  At
start-up the decoder subscribes a converter per channel that scales the raw
counts into engineering units.
"""
from collections import defaultdict
from dataclasses import dataclass


class EventBus:
    def __init__(self):
        self._subscribers = defaultdict(list)

    def subscribe(self, topic, handler):
        self._subscribers[topic].append(handler)

    def publish(self, topic, payload):
        for handler in self._subscribers[topic]:
            handler(payload)


@dataclass(frozen=True)
class Channel:
    name: str
    scale: float
    offset: float
    unit: str


CHANNELS = (
    Channel("battery_voltage", 0.01, 0.0, "V"),
    Channel("panel_temp", 0.1, -40.0, "degC"),
    Channel("wheel_speed", 1.0, 0.0, "rpm"),
)


class HousekeepingDecoder:
    def __init__(self, bus, channels):
        self.samples = defaultdict(list)
        for channel in channels:
            def on_frame(raw_counts):
                value = raw_counts * channel.scale + channel.offset
                self.samples[channel.name].append((round(value, 3), channel.unit))

            bus.subscribe(f"tm/{channel.name}", on_frame)


def downlink_pass(bus):
    frames = [
        ("tm/battery_voltage", 2841),
        ("tm/panel_temp", 612),
        ("tm/wheel_speed", 3150),
        ("tm/battery_voltage", 2838),
    ]
    for topic, counts in frames:
        bus.publish(topic, counts)


def main():
    bus = EventBus()
    decoder = HousekeepingDecoder(bus, CHANNELS)
    downlink_pass(bus)
    for name, values in sorted(decoder.samples.items()):
        print(f"{name:16s} {values}")
    if "battery_voltage" not in decoder.samples:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
