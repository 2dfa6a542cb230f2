import gc

CLOSED_SOCKETS = []


class FakeSocket:
    def __init__(self, fd):
        self.fd = fd
        self.outbox = []

    def send(self, data):
        self.outbox.append(data)

    def close(self):
        CLOSED_SOCKETS.append(self.fd)


class LineProtocol:
    def __init__(self, connection):
        self.connection = connection
        self.buffer = b""

    def data_received(self, data):
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.connection.handle_line(line.decode())


class Connection:
    def __init__(self, sock, nick):
        self.sock = sock
        self.nick = nick
        self.protocol = LineProtocol(self)

    def handle_line(self, line):
        if line.startswith("/me "):
            self.sock.send(f"* {self.nick} {line[4:]}\n".encode())
        else:
            self.sock.send(f"<{self.nick}> {line}\n".encode())

    def __del__(self):
        self.sock.close()


class Server:
    def __init__(self):
        self.clients = {}

    def accept(self, fd, nick):
        self.clients[fd] = Connection(FakeSocket(fd), nick)
        return self.clients[fd]

    def disconnect(self, fd):
        del self.clients[fd]


if __name__ == "__main__":
    gc.disable()
    try:
        server = Server()
        conn = server.accept(7, "ada")
        conn.protocol.data_received(b"hi all\n/me waves\n")
        assert conn.sock.outbox == [b"<ada> hi all\n", b"* ada waves\n"]
        del conn
        server.disconnect(7)
        assert CLOSED_SOCKETS == []
        gc.collect()
        assert CLOSED_SOCKETS == [7]
    finally:
        gc.enable()
    print("BUG SHOWN")
