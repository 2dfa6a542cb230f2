class CirculationDesk:
    def __init__(self):
        self.loans = {}

    def lend(self, book, patron):
        book.lend_to(patron)
        patron.borrow(book)
        self.loans[book.isbn] = patron.card

    def receive(self, book):
        patron = book.holder
        book.take_back()
        patron.give_back(book)
        del self.loans[book.isbn]
