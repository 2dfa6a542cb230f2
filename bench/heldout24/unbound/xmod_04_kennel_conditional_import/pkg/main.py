"""Daily kennel report: front-desk board plus the inspector's return."""
from datetime import date

from .boarding import Dog, KennelBook
from .exporter import export_occupancy


def build_book():
    book = KennelBook(pens=("A1", "A2", "A3", "B1", "B2"))
    book.book(Dog("Hamish", "border terrier", 7.5, "L. Okafor"), "A1",
              date(2024, 3, 8), 4, medication=("thyroxine 0.2mg",))
    book.book(Dog("Juno", "lurcher", 24.0, "K. Ibsen"), "B1", date(2024, 3, 9), 2)
    book.book(Dog("Kip", "jack russell", 6.1, "H. Lam"), "A2",
              date(2024, 3, 10), 1, diet="grain-free")
    return book


def main():
    book = build_book()
    today = date(2024, 3, 10)
    inspector_copy = export_occupancy(book, today, {"inspector": True})
    print(f"inspector return: {len(inspector_copy)} bytes")
    try:
        board = export_occupancy(book, today, {"indent": 2})
    except UnboundLocalError as exc:
        print(f"front-desk board failed: {exc}")
        print("BUG SHOWN")
        return
    print(board)
    print("reports written")


if __name__ == "__main__":
    main()
