from .models import Author, Book
from .store import TableStore


def reprice_and_annotate(store):
    author = Author(store, "A-17", name="Ursula Vance", bio="")
    book = Book(store, "B-0042", title="Tidewater", author_id="A-17",
                price_pence=450, condition="good")

    book.price_pence = 300
    book.condition = "fair"
    author.bio = "Local novelist, signed copies on request."
    author.save()
    book.save()
    return author, book


def main():
    store = TableStore()
    author, book = reprice_and_annotate(store)
    for statement in store.statements:
        print(statement)
    stored = store.row("books", "B-0042")
    print("stored book:", stored)
    if stored["price_pence"] != 300:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
