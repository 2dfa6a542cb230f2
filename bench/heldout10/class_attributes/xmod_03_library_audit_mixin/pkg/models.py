from .audit import AuditTrailMixin


class Book(AuditTrailMixin):
    def __init__(self, isbn, title):
        self.isbn = isbn
        self.title = title
        self.on_loan_to = None

    def lend(self, member):
        self.on_loan_to = member.card
        self.audit("lent", card=member.card)

    def give_back(self):
        self.audit("returned", card=self.on_loan_to)
        self.on_loan_to = None


class Member(AuditTrailMixin):
    def __init__(self, card, name):
        self.card = card
        self.name = name
        self.loans = []

    def borrow(self, book):
        book.lend(self)
        self.loans.append(book.isbn)
        self.audit("borrowed", isbn=book.isbn)
