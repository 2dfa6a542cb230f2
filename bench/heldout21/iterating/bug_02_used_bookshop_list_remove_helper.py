"""Used bookshop clearance: pulls damaged or unsold stock off the shelves."""
from dataclasses import dataclass


@dataclass
class Book:
    title: str
    months_on_shelf: int
    damaged: bool = False


class Shelf:
    def __init__(self, label, books):
        self.label = label
        self.books = list(books)
        self.pulped = []

    def withdraw(self, book):
        self.books.remove(book)
        self.pulped.append(book.title)


def should_clear(book, max_months):
    return book.damaged or book.months_on_shelf > max_months


def clearance(shelf, max_months=12):
    for book in shelf.books:
        if should_clear(book, max_months):
            shelf.withdraw(book)
    return shelf.pulped


def main():
    shelf = Shelf("Crime", [
        Book("The Moonstone", 3),
        Book("Rebecca", 14),
        Book("Gaudy Night", 20),
        Book("The Big Sleep", 2, damaged=True),
        Book("Rogue Male", 30),
        Book("Malice Aforethought", 13),
    ])
    clearance(shelf)
    left = [b.title for b in shelf.books]
    print("still on shelf:", left)
    stale = [b.title for b in shelf.books if should_clear(b, 12)]
    if stale:
        print("clearance skipped:", stale)
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
