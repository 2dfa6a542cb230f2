from .desk import CirculationDesk
from .models import Book, Patron


def main():
    desk = CirculationDesk()
    ada = Patron("C-100", "Ada")
    bob = Patron("C-200", "Bob")
    sicp = Book("978-0262510875", "SICP")
    taocp = Book("978-0201896831", "TAOCP")

    desk.lend(sicp, ada)
    desk.lend(taocp, bob)
    desk.receive(sicp)

    assert ada.audit_trail() == ["lent", "borrowed", "lent", "borrowed", "returned", "gave_back"]
    subjects = {e["subject"] for e in bob.history}
    assert "patron:C-100" in subjects and "book:978-0262510875" in subjects
    assert bob.history is taocp.history
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
