"""Live headcount shown on the visitor centre's fire panel."""
import time


class Occupancy:
    def __init__(self, limit):
        self.limit = limit
        self.inside = 0
        self.peak = 0

    def read(self):
        return self.inside

    def write(self, value):
        time.sleep(0)
        self.inside = value
        self.peak = max(self.peak, value)
