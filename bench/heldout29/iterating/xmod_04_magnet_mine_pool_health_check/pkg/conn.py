"""Gateway connections; a broken connection reports itself to its owner."""


class GatewayConnection:
    def __init__(self, shaft, healthy=True):
        self.shaft = shaft
        self.healthy = healthy
        self.on_broken = []
        self.pings = 0

    def ping(self):
        self.pings += 1
        if not self.healthy:
            for callback in self.on_broken:
                callback(self)
            return False
        return True

    def __repr__(self):
        return f"<gateway {self.shaft}>"
