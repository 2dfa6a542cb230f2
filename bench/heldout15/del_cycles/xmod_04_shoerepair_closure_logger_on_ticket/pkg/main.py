import gc

from . import journal
from .ticket import RepairTicket

gc.disable()


def main():
    ticket = RepairTicket(481, "Mr Achebe", "brogues")
    ticket.add_job("half sole")
    ticket.add_job("heel")
    print("quote:", ticket.quote())
    print("\n".join(ticket.history))
    del ticket
    print("open tickets:", sorted(journal.OPEN_TICKETS))
    if 481 in journal.OPEN_TICKETS:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
