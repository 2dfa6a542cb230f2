"""Line protocol handler with a command dispatch table."""
import gc


class Transport:
    def __init__(self):
        self.sent = []
        self.closed = False

    def write(self, data):
        self.sent.append(data)

    def close(self):
        self.closed = True


class LineProtocol:
    def __init__(self, transport):
        self.transport = transport
        self._dispatch = {
            "PING": self._on_ping,
            "ECHO": self._on_echo,
            "QUIT": self._on_quit,
        }

    def _on_ping(self, arg):
        self.transport.write("PONG")

    def _on_echo(self, arg):
        self.transport.write(arg)

    def _on_quit(self, arg):
        self.transport.write("BYE")

    def data_received(self, line):
        cmd, _, arg = line.partition(" ")
        handler = self._dispatch.get(cmd.upper())
        if handler is None:
            self.transport.write("ERR unknown command")
        else:
            handler(arg)

    def __del__(self):
        self.transport.close()


if __name__ == "__main__":
    gc.disable()
    try:
        transport = Transport()
        proto = LineProtocol(transport)
        for line in ("PING", "echo hi", "NOPE"):
            proto.data_received(line)
        assert transport.sent == ["PONG", "hi", "ERR unknown command"]
        del proto
        assert not transport.closed
        gc.collect()
        assert transport.closed
    finally:
        gc.enable()
    print("BUG SHOWN")
