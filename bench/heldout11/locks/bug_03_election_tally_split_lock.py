import queue
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Ballot:
    serial: str
    precinct: str
    candidate: str


class SignatureValidator:
    def check(self, ballot):
        if not ballot.serial.startswith(ballot.precinct):
            raise ValueError(f"bad serial {ballot.serial}")


class PairedValidator(SignatureValidator):
    def __init__(self, barrier):
        self._barrier = barrier

    def check(self, ballot):
        self._barrier.wait()
        super().check(ballot)


class Tally:
    def __init__(self, validator):
        self.validator = validator
        self.counts = {}
        self.spoiled = []
        self._lock = threading.Lock()

    def record(self, ballot):
        with self._lock:
            current = self.counts.get(ballot.candidate, 0)
        try:
            self.validator.check(ballot)
        except ValueError:
            with self._lock:
                self.spoiled.append(ballot.serial)
            return
        with self._lock:
            self.counts[ballot.candidate] = current + 1


class CountingRoom:
    def __init__(self, tally, clerks=2):
        self.tally = tally
        self.inbox = queue.Queue()
        self.processed = 0
        self._clerks = [threading.Thread(target=self._clerk) for _ in range(clerks)]

    def _clerk(self):
        while True:
            ballot = self.inbox.get()
            if ballot is None:
                break
            self.tally.record(ballot)
            self.processed += 1

    def count(self, ballots):
        for clerk in self._clerks:
            clerk.start()
        for b in ballots:
            self.inbox.put(b)
        for _ in self._clerks:
            self.inbox.put(None)
        for clerk in self._clerks:
            clerk.join()


if __name__ == "__main__":
    tally = Tally(PairedValidator(threading.Barrier(2, timeout=5)))
    room = CountingRoom(tally)
    room.count([Ballot("P7-0001", "P7", "okafor"), Ballot("P7-0002", "P7", "okafor")])
    assert room.processed == 2 and tally.spoiled == []
    assert tally.counts == {"okafor": 1}, tally.counts
    print("BUG SHOWN")
