"""Jigsaw club: scoring jobs serialised for a worker queue."""
import pickle
import threading


class PieceCounter:
    def __init__(self, puzzle, pieces):
        self.puzzle = puzzle
        self.pieces = pieces
        self.placed = 0
        self._lock = threading.Lock()

    def place(self, n):
        with self._lock:
            self.placed += n
        return self.placed

    def progress(self, members):
        return round(100 * self.placed / self.pieces, 1), members


class Job:
    def __init__(self, fn, *args):
        self.fn = fn
        self.args = args

    def run(self):
        return self.fn(*self.args)


class JobSpool:
    """Stores jobs as bytes so that another process can pick them up."""

    def __init__(self):
        self.blobs = []

    def enqueue(self, job):
        self.blobs.append(pickle.dumps(job))

    def drain(self):
        return [pickle.loads(b).run() for b in self.blobs]


def main():
    counter = PieceCounter("Harbour at Dusk", 1000)
    counter.place(240)
    spool = JobSpool()
    try:
        spool.enqueue(Job(counter.progress, ["Maud", "Ravi"]))
        print(spool.drain())
    except (pickle.PicklingError, TypeError) as exc:
        print("could not spool progress job:", exc)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
