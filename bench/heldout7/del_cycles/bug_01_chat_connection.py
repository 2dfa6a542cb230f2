import gc

CLOSED = []


class ProtocolHandler:
    def __init__(self, connection):
        self.connection = connection
        self.buffer = bytearray()

    def feed(self, data):
        self.buffer.extend(data)
        while b"\n" in self.buffer:
            line, _, rest = bytes(self.buffer).partition(b"\n")
            self.buffer = bytearray(rest)
            self.connection.on_line(line.decode())


class Connection:
    def __init__(self, peer):
        self.peer = peer
        self.lines = []
        self.handler = ProtocolHandler(self)

    def on_line(self, line):
        self.lines.append(line)

    def __del__(self):
        CLOSED.append(self.peer)


class ChatServer:
    def __init__(self):
        self.connections = {}

    def accept(self, peer):
        self.connections[peer] = Connection(peer)
        return self.connections[peer]

    def drop(self, peer):
        del self.connections[peer]


def main():
    gc.disable()
    try:
        server = ChatServer()
        conn = server.accept("10.0.0.5:51234")
        conn.handler.feed(b"NICK ann\nJOIN #ops\n")
        assert conn.lines == ["NICK ann", "JOIN #ops"]
        del conn
        server.drop("10.0.0.5:51234")
        assert CLOSED == [], CLOSED
        gc.collect()
        assert CLOSED == ["10.0.0.5:51234"], CLOSED
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
