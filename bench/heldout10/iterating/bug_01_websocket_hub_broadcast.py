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
        for client_id, conn in self.clients.items():
            self._deliver(conn, message)


def main():
    hub = WebSocketHub()
    hub.connect(ClientConnection("a"))
    hub.connect(ClientConnection("b", alive=False))
    hub.connect(ClientConnection("c"))
    try:
        hub.broadcast({"type": "ping"})
    except RuntimeError as exc:
        assert "changed size during iteration" in str(exc)
        assert hub.disconnects == [("b", "closed during broadcast")]
        print("BUG SHOWN")
        return
    raise AssertionError("broadcast completed")


if __name__ == "__main__":
    main()
