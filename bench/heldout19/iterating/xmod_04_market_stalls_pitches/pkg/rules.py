"""Neighbour rules: no two traders of the same trade in adjacent rows."""


def neighbours(row):
    return chr(ord(row) - 1), chr(ord(row) + 1)


def clashes(layout, row):
    here = {trade for _, trade in layout.traders_in(row)}
    found = []
    for other in neighbours(row):
        for trader, trade in layout.traders_in(other):
            if trade in here:
                found.append((row, other, trader, trade))
    return found
