import gc

CLOSED = []


class SerialPort:
    def __init__(self, device):
        self.device = device
        self.handlers = []
        self.lines = []
        self.on_line(self._remember)

    def on_line(self, handler):
        self.handlers.append(handler)

    def _remember(self, line):
        self.lines.append(line)

    def feed(self, data):
        for line in data.splitlines():
            for handler in self.handlers:
                handler(line)

    def __del__(self):
        CLOSED.append(self.device)


def main():
    gc.disable()
    try:
        port = SerialPort("/dev/ttyUSB0")
        port.feed("OK\nREADY")
        assert port.lines == ["OK", "READY"]
        del port
        assert CLOSED == []
        gc.collect()
        assert CLOSED == ["/dev/ttyUSB0"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
