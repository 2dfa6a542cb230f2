import multiprocessing


def ticket_type(*fields):
    class Ticket:
        __slots__ = fields

        def __init__(self, **values):
            for name in fields:
                setattr(self, name, values.get(name))

        def __repr__(self):
            return "Ticket(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in fields) + ")"

    return Ticket


SupportTicket = ticket_type("ticket_id", "subject", "body")

URGENT_WORDS = ("outage", "down", "data loss", "security")


def triage(ticket):
    text = f"{ticket.subject} {ticket.body}".lower()
    priority = "P1" if any(w in text for w in URGENT_WORDS) else "P3"
    return ticket.ticket_id, priority


class TriageService:
    def __init__(self, processes=2):
        self.processes = processes

    def triage_batch(self, tickets):
        with multiprocessing.Pool(self.processes) as pool:
            return dict(pool.map(triage, tickets))


def main():
    tickets = [
        SupportTicket(ticket_id=1, subject="Site down", body="checkout returns 502"),
        SupportTicket(ticket_id=2, subject="Invoice", body="please resend PDF"),
    ]
    assert triage(tickets[0]) == (1, "P1")
    try:
        TriageService().triage_batch(tickets)
    except (AttributeError, TypeError) as exc:
        assert "pickle" in str(exc) and "ticket_type.<locals>.Ticket" in str(exc), exc
        print("BUG SHOWN")
        return
    raise AssertionError("tickets triaged in pool")


if __name__ == "__main__":
    main()
