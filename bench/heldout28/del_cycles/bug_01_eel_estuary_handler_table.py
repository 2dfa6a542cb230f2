"""Eel estuary: tide-gauge monitors for an eel-migration research station.

A monitor owns a (simulated) serial connection to its gauge and routes
incoming readings through a table of handlers.  When the monitor goes away
its finaliser closes the serial port so the gauge can be reused.
"""
import gc

CLOSED_PORTS = []


class SerialPort:
    def __init__(self, device):
        self.device = device
        self.is_open = True

    def close(self):
        self.is_open = False
        CLOSED_PORTS.append(self.device)


class TideMonitor:
    def __init__(self, station, device):
        self.station = station
        self.port = SerialPort(device)
        self.events = []
        self._handlers = {
            "HIGH": self._on_high_tide,
            "LOW": self._on_low_tide,
            "FLOW": self._on_flow,
        }

    def _on_high_tide(self, value):
        self.events.append(("high", value))

    def _on_low_tide(self, value):
        self.events.append(("low", value))

    def _on_flow(self, value):
        if value > 1.2:
            self.events.append(("glass-eel run likely", value))

    def feed(self, line):
        kind, _, raw = line.partition(":")
        handler = self._handlers.get(kind)
        if handler is not None:
            handler(float(raw))

    def __del__(self):
        if self.port.is_open:
            self.port.close()


def survey(station, device, lines):
    monitor = TideMonitor(station, device)
    for line in lines:
        monitor.feed(line)
    return monitor.events


def main():
    gc.disable()
    try:
        events = survey("mouth-bar", "/dev/ttyEEL0", ["HIGH:4.1", "FLOW:1.6", "LOW:0.4"])
        print("events:", events)
        closed_when_done = "/dev/ttyEEL0" in CLOSED_PORTS
        print(f"port closed once the survey returned: {closed_when_done}")
        gc.collect()
        print(f"port closed after a full collection: {'/dev/ttyEEL0' in CLOSED_PORTS}")
    finally:
        gc.enable()
    if not closed_when_done:
        print("the gauge stayed locked until the cycle collector ran")
        print("BUG SHOWN")
    else:
        print("no failure")


if __name__ == "__main__":
    main()
