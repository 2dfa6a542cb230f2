"""Station state: how many crewed units are ready at each station.

The counts are read from and written back to the CAD (computer-aided
dispatch) backend, which answers slowly; the station object guards its
counts with a lock.
"""
import threading
import time

CAD_WRITE_LATENCY = 0.08


class Station:
    def __init__(self, name, ready_units):
        self.name = name
        self.ready_units = ready_units
        self.lock = threading.Lock()
        self.history = []

    def read_ready(self):
        return self.ready_units

    def write_ready(self, value, reason):
        time.sleep(CAD_WRITE_LATENCY)
        self.ready_units = value
        self.history.append((reason, value))
