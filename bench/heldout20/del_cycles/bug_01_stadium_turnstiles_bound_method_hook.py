"""Turnstile controllers at a football stadium."""
import gc

CLOSED_LOG = []


class Turnstile:
    def __init__(self, gate, reader):
        self.gate = gate
        self.count = 0
        self.reader = reader
        self._hooks = []
        self.add_hook(self._tally)

    def add_hook(self, fn):
        self._hooks.append(fn)

    def _tally(self, ticket):
        self.count += 1

    def scan(self, ticket):
        if self.reader.valid(ticket):
            for hook in self._hooks:
                hook(ticket)
            return True
        return False

    def __del__(self):
        CLOSED_LOG.append((self.gate, self.count))


class Reader:
    def valid(self, ticket):
        return ticket.startswith("T")


def open_gate(gate, tickets):
    stile = Turnstile(gate, Reader())
    for t in tickets:
        stile.scan(t)
    return stile


def main():
    gc.disable()
    stile = open_gate("North 4", ["T1", "X2", "T3"])
    print("admitted:", stile.count)
    del stile
    print("closed log:", CLOSED_LOG)
    if not CLOSED_LOG:
        print("turnstile never wrote its closing count")
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
