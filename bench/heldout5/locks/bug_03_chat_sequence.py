import threading


class Journal:
    def __init__(self, before_write=None):
        self.entries = []
        self.before_write = before_write

    def append(self, seq, payload):
        if self.before_write:
            self.before_write(seq)
        self.entries.append((seq, payload))


class Channel:
    def __init__(self, name, journal):
        self.name = name
        self.journal = journal
        self._next_seq = 1

    def _allocate(self, payload):
        with threading.Lock():
            seq = self._next_seq
            self.journal.append(seq, payload)
            self._next_seq = seq + 1
        return seq

    def post(self, nick, text):
        return self._allocate({"nick": nick, "text": text})

    def replay(self, since):
        return [p for s, p in self.journal.entries if s > since]


if __name__ == "__main__":
    barrier = threading.Barrier(2, timeout=5)
    channel = Channel("#ops", Journal(before_write=lambda seq: barrier.wait()))
    seqs = []
    threads = [
        threading.Thread(target=lambda n=n: seqs.append(channel.post(n, "hello")))
        for n in ("alice", "bob")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seqs == [1, 1], seqs
    assert [s for s, _ in channel.journal.entries] == [1, 1]
    print("BUG SHOWN")
