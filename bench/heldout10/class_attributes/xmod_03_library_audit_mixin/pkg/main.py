from .models import Book, Member


def main():
    dune = Book("978-0441013593", "Dune")
    emma = Book("978-0141439587", "Emma")
    kim = Member("C-001", "Kim")
    kim.borrow(dune)
    dune.give_back()
    assert kim.loans == ["978-0441013593"]
    assert emma.on_loan_to is None
    assert emma.history() == ["lent", "borrowed", "returned"], emma.history()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
