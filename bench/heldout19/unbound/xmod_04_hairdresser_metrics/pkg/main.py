from .booking import Book
from .metrics import snapshot


def run_day():
    book = Book()
    book.book("Ayesha", "Marco", "cut")
    book.book("Tom", "Marco", "colour")
    return book


def main():
    try:
        book = run_day()
    except UnboundLocalError as exc:
        print("booking failed:", exc)
        print("BUG SHOWN")
        return
    print("Marco busy for", book.minutes_for("Marco"), "minutes")
    print(snapshot())


if __name__ == "__main__":
    main()
