import gc
import weakref

POWERED_DOWN = []


class Endpoint:
    def __init__(self, hub, address):
        self._hub = weakref.ref(hub)
        self.address = address
        self.readings = []

    @property
    def hub(self):
        hub = self._hub()
        if hub is None:
            raise RuntimeError("hub is gone")
        return hub

    def report(self, value):
        self.readings.append(value)
        self.hub.forward(self.address, value)


class Hub:
    def __init__(self, serial):
        self.serial = serial
        self.endpoints = {}
        self.uplink = []

    def pair(self, address):
        ep = self.endpoints[address] = Endpoint(self, address)
        return ep

    def forward(self, address, value):
        self.uplink.append((self.serial, address, value))

    def __del__(self):
        POWERED_DOWN.append(self.serial)


if __name__ == "__main__":
    gc.disable()
    try:
        hub = Hub("ZB-0042")
        sensor = hub.pair(0x1A)
        hub.pair(0x1B).report(21.5)
        sensor.report(19.0)
        assert hub.uplink == [("ZB-0042", 0x1B, 21.5), ("ZB-0042", 0x1A, 19.0)]
        del hub
        assert POWERED_DOWN == ["ZB-0042"], POWERED_DOWN
        try:
            sensor.report(20.0)
        except RuntimeError as exc:
            assert "hub is gone" in str(exc)
        else:
            raise AssertionError("endpoint outlived its hub silently")
    finally:
        gc.enable()
    print("OK")
