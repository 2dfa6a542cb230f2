import gc


class PrinterJammed(Exception):
    pass


class DeviceRegistry:
    def __init__(self):
        self.open_ports = set()

    def open(self, port):
        self.open_ports.add(port)

    def close(self, port):
        self.open_ports.discard(port)


class PrintSpooler:
    def __init__(self, port, registry):
        self.port = port
        self.registry = registry
        self.queue = []
        self.last_error = None
        registry.open(port)

    def submit(self, document):
        self.queue.append(document)

    def _send(self, document):
        if document.endswith(".bin"):
            raise PrinterJammed(document)

    def flush(self):
        printed = []
        while self.queue:
            document = self.queue.pop(0)
            try:
                self._send(document)
                printed.append(document)
            except PrinterJammed as exc:
                self.last_error = exc
        return printed

    def __del__(self):
        self.registry.close(self.port)


def main():
    gc.disable()
    try:
        registry = DeviceRegistry()
        spooler = PrintSpooler("lpt1", registry)
        for doc in ("invoice.pdf", "firmware.bin", "memo.txt"):
            spooler.submit(doc)
        assert spooler.flush() == ["invoice.pdf", "memo.txt"]
        assert isinstance(spooler.last_error, PrinterJammed)
        del spooler
        assert registry.open_ports == {"lpt1"}
        gc.collect()
        assert registry.open_ports == set()
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
