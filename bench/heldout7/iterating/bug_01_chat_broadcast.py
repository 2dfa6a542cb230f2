class ClientGone(Exception):
    pass


class Client:
    def __init__(self, nick, alive=True):
        self.nick = nick
        self.alive = alive
        self.inbox = []

    def send(self, line):
        if not self.alive:
            raise ClientGone(self.nick)
        self.inbox.append(line)


class ChatServer:
    def __init__(self):
        self.clients = {}
        self.log = []

    def connect(self, client):
        self.clients[client.nick] = client
        self.broadcast(f"* {client.nick} joined")

    def disconnect(self, nick, reason):
        self.clients.pop(nick, None)
        self.log.append(f"{nick} left ({reason})")

    def _deliver(self, client, line):
        try:
            client.send(line)
        except ClientGone:
            self.disconnect(client.nick, "broken pipe")

    def broadcast(self, line):
        for nick, client in self.clients.items():
            self._deliver(client, line)


def main():
    server = ChatServer()
    server.connect(Client("ann"))
    server.connect(Client("bo"))
    server.connect(Client("cy"))
    server.clients["bo"].alive = False
    try:
        server.broadcast("ann: lunch?")
    except RuntimeError as exc:
        assert "changed size during iteration" in str(exc)
        print("BUG SHOWN")
        return
    raise AssertionError("broadcast finished")


if __name__ == "__main__":
    main()
