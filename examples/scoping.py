"""Scoping: a name assigned anywhere in a function is local to all of it.

Calling `bump()` raises UnboundLocalError: `count += 1` reads the local
`count` before anything was assigned to it. (Rules SNG101-SNG107.)
"""

count = 0


def bump():
    count += 1  # UnboundLocalError: 'count' is local here
    return count


def first_error(items):
    for item in items:
        if item < 0:
            found = item
    return found  # unbound when no item is negative (SNG102, opt-in)
