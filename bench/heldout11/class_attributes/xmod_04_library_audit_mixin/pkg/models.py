from .audit import AuditMixin


class Book(AuditMixin):
    def __init__(self, isbn, title):
        self.isbn = isbn
        self.title = title
        self.holder = None

    def audit_key(self):
        return f"book:{self.isbn}"

    def lend_to(self, patron):
        if self.holder is not None:
            raise RuntimeError(f"{self.title} is already on loan")
        self.holder = patron
        self._audit("lent", patron=patron.card)

    def take_back(self):
        self._audit("returned", patron=self.holder.card)
        self.holder = None


class Patron(AuditMixin):
    def __init__(self, card, name, limit=5):
        self.card = card
        self.name = name
        self.limit = limit
        self.books = []

    def audit_key(self):
        return f"patron:{self.card}"

    def borrow(self, book):
        if len(self.books) >= self.limit:
            raise RuntimeError("loan limit reached")
        self.books.append(book)
        self._audit("borrowed", isbn=book.isbn)

    def give_back(self, book):
        self.books.remove(book)
        self._audit("gave_back", isbn=book.isbn)
