"""Pool of idle gateway connections."""


class GatewayPool:
    def __init__(self):
        self.idle = set()
        self.discarded = []

    def add(self, conn):
        conn.on_broken.append(self.discard)
        self.idle.add(conn)

    def discard(self, conn):
        self.idle.discard(conn)
        self.discarded.append(conn.shaft)

    def acquire(self):
        return self.idle.pop()
