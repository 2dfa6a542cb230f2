"""Rows of pitches, indexed by row letter."""

from collections import defaultdict


class Layout:
    def __init__(self):
        self.rows = defaultdict(list)

    def place(self, row, trader, trade):
        self.rows[row].append((trader, trade))

    def traders_in(self, row):
        return self.rows[row]

    def row_letters(self):
        return self.rows.keys()
