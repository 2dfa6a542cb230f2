"""Radio uplink to the cooperative's dispatch office (simulated)."""


class UplinkPool:
    def __init__(self, size):
        self.size = size
        self.in_use = set()
        self.sent = []

    def open(self, rider):
        if len(self.in_use) >= self.size:
            raise RuntimeError("no uplink slot free")
        self.in_use.add(rider)
        return Uplink(self, rider)


class Uplink:
    def __init__(self, pool, rider):
        self.pool = pool
        self.rider = rider
        self.closed = False

    def transmit(self, parcel):
        self.pool.sent.append((self.rider, parcel))

    def close(self):
        if not self.closed:
            self.closed = True
            self.pool.in_use.discard(self.rider)
