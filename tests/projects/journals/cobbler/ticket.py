from . import journal


class Ticket:
    def __init__(self, number):
        self.number = number
        self.history = []
        self.log = journal.make_logger(self, f"#{number}")
        journal.OPEN.add(number)
        self.log("received")

    def __del__(self):  # expect: SNG701
        journal.OPEN.discard(self.number)


class Receipt:
    def __init__(self, number):
        self.number = number
        self.log = journal.make_printer(f"#{number}")
        journal.OPEN.add(number)

    def __del__(self):
        journal.OPEN.discard(self.number)
