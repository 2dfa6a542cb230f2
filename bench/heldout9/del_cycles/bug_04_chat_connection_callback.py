import gc

sockets_closed = []


class Connection:
    def __init__(self, peer):
        self.peer = peer
        self.close_callbacks = []
        self.open = True

    def on_close(self, callback):
        self.close_callbacks.append(callback)

    def close(self):
        if self.open:
            self.open = False
            for callback in self.close_callbacks:
                callback()

    def __del__(self):
        sockets_closed.append(self.peer)


class Presence:
    def __init__(self):
        self.online = set()
        self.log = []

    def attach(self, conn):
        self.online.add(conn.peer)
        conn.on_close(lambda: self.log.append(f"{conn.peer} left"))


presence = Presence()
gc.disable()
try:
    conn = Connection("203.0.113.7:5222")
    presence.attach(conn)
    del conn
    assert sockets_closed == []
    gc.collect()
    assert sockets_closed == ["203.0.113.7:5222"]
finally:
    gc.enable()
print("BUG SHOWN")
