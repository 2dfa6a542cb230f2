class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.closed = False

    def close(self):
        self.closed = True


class CleanupStack:
    def __init__(self):
        self._callbacks = []

    def callback(self, fn):
        self._callbacks.append(fn)

    def close(self):
        while self._callbacks:
            self._callbacks.pop()()


class ShardRouter:
    def __init__(self, dsns):
        self.dsns = dsns
        self.connections = []
        self._cleanup = CleanupStack()

    def open(self):
        for dsn in self.dsns:
            conn = Connection(dsn)
            self.connections.append(conn)
            self._cleanup.callback(lambda: conn.close())
        return self

    def shutdown(self):
        self._cleanup.close()


def main():
    router = ShardRouter(["db://shard0", "db://shard1", "db://shard2"]).open()
    router.shutdown()
    still_open = [c.dsn for c in router.connections if not c.closed]
    assert still_open == ["db://shard0", "db://shard1"], still_open
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
