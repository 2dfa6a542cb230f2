"""Classes another module sends to worker processes."""
import threading


class Holder:
    def __init__(self):
        self.lock = threading.Lock()

    def work(self, x):
        return x


class Reader:
    def __init__(self, path):
        self.fh = open(path)

    def read(self, n):
        return n


class Guarded:  # says how to pickle itself: the lock stays behind
    def __init__(self):
        self.lock = threading.Lock()

    def __getstate__(self):
        return {}

    def __setstate__(self, state):
        self.lock = threading.Lock()

    def work(self, x):
        return x


class Plain:
    def __init__(self):
        self.n = 1

    def work(self, x):
        return x + self.n
