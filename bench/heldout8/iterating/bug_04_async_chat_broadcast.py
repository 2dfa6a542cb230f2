import asyncio


class ConnectionClosed(Exception):
    pass


class Client:
    def __init__(self, nick, server, alive=True):
        self.nick = nick
        self.server = server
        self.alive = alive
        self.inbox = asyncio.Queue()

    async def send(self, line):
        await asyncio.sleep(0)
        if not self.alive:
            self.server.on_disconnect(self)
            raise ConnectionClosed(self.nick)
        await self.inbox.put(line)


class ChatRoom:
    def __init__(self, name):
        self.name = name
        self.clients = set()
        self.departed = []

    def join(self, nick, alive=True):
        client = Client(nick, self, alive)
        self.clients.add(client)
        return client

    def on_disconnect(self, client):
        self.clients.discard(client)
        self.departed.append(client.nick)

    async def broadcast(self, sender, text):
        line = f"<{sender}> {text}"
        delivered = 0
        for client in self.clients:
            try:
                await client.send(line)
                delivered += 1
            except ConnectionClosed:
                continue
        return delivered


async def session():
    room = ChatRoom("#python")
    room.join("alice")
    room.join("bob", alive=False)
    room.join("carol")
    room.join("dave")
    try:
        await room.broadcast("alice", "hello all")
    except RuntimeError as exc:
        return room, exc
    return room, None


def main():
    room, error = asyncio.run(session())
    assert isinstance(error, RuntimeError), error
    assert "Set changed size during iteration" in str(error)
    assert room.departed == ["bob"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
