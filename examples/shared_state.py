"""Shared mutable state: defaults and repetitions that share one object.

Run it: `python3 examples/shared_state.py` prints the surprises.
"""


def add_tag(tag, tags=[]):  # SNG201: the default list is mutated below
    tags.append(tag)
    return tags


class Report:
    def __init__(self, options={}):  # SNG202 (opt-in): every Report keeps the same dict
        self.options = options


def make_board(rows: int, cols: int):
    board = [[0] * cols] * rows  # SNG206: every row is the same list
    board[0][0] = 1  # meant for the first row only
    return board


owners = dict.fromkeys(["a.py", "b.py"], [])  # SNG206: one list for every key

if __name__ == "__main__":
    print(add_tag("x"), add_tag("y"))  # ['x', 'y'] ['x', 'y']
    print(make_board(2, 2))  # [[1, 0], [1, 0]]
    owners["a.py"].append("ann")
    print(owners)  # both files owned by ann
