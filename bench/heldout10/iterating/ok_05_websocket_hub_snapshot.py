class ConnectionClosed(Exception):
    pass


class ClientConnection:
    def __init__(self, client_id, alive=True):
        self.client_id = client_id
        self.alive = alive
        self.inbox = []

    def send(self, message):
        if not self.alive:
            raise ConnectionClosed(self.client_id)
        self.inbox.append(message)


class WebSocketHub:
    def __init__(self):
        self.clients = {}
        self.disconnects = []

    def connect(self, conn):
        self.clients[conn.client_id] = conn

    def disconnect(self, client_id, reason):
        self.clients.pop(client_id, None)
        self.disconnects.append((client_id, reason))

    def _deliver(self, conn, message):
        try:
            conn.send(message)
        except ConnectionClosed:
            self.disconnect(conn.client_id, "closed during broadcast")

    def broadcast(self, message):
        for client_id, conn in list(self.clients.items()):
            self._deliver(conn, message)

    def reap(self):
        dead = [cid for cid, conn in self.clients.items() if not conn.alive]
        for cid in dead:
            self.disconnect(cid, "reaped")


def main():
    hub = WebSocketHub()
    a, b, c = ClientConnection("a"), ClientConnection("b", alive=False), ClientConnection("c")
    for conn in (a, b, c):
        hub.connect(conn)
    hub.broadcast({"type": "ping"})
    assert a.inbox == c.inbox == [{"type": "ping"}]
    assert list(hub.clients) == ["a", "c"]
    c.alive = False
    hub.reap()
    assert list(hub.clients) == ["a"]
    print("OK")


if __name__ == "__main__":
    main()
