"""Durable ledger backed by the standard library's shelve module."""
import os
import shelve


class Ledger:
    def __init__(self, directory):
        self._db = shelve.open(os.path.join(directory, "pledges"))

    def record(self, pledge):
        self._db[pledge.ticket] = pledge

    def tickets(self):
        return sorted(self._db.keys())

    def close(self):
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
