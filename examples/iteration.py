"""Changing a collection while iterating it. (Rules SNG401-SNG404.)"""


def drop_negatives(numbers):
    for n in numbers:
        if n < 0:
            numbers.remove(n)  # skips the element after each removal
    return numbers


def drop_empty(table):
    for key in table:
        if not table[key]:
            del table[key]  # RuntimeError: dictionary changed size during iteration


if __name__ == "__main__":
    print(drop_negatives([-1, -2, 3]))  # [-2, 3]
