"""IT helpdesk ticket router.

Tickets are classified by a keyword triage step and routed to a support
tier.  Each tier has its own queue and SLA; the router keeps a table of
routing callables so that plug-ins can override a single tier.
"""
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Tier:
    name: str
    sla_hours: int
    queue: deque = field(default_factory=deque)


@dataclass
class Ticket:
    ref: str
    summary: str
    assigned_to: str = ""
    sla_hours: int = 0


TRIAGE_RULES = [
    ("L3", ("outage", "data loss", "breach")),
    ("L2", ("vpn", "printer driver", "mailbox quota")),
    ("L1", ("password", "login", "keyboard")),
]


class TicketRouter:
    def __init__(self, tiers):
        self.tiers = {tier.name: tier for tier in tiers}
        self.routes = {}
        for tier in tiers:
            self.routes[tier.name] = lambda ticket: self._enqueue(ticket, tier)

    def _enqueue(self, ticket, tier):
        ticket.assigned_to = tier.name
        ticket.sla_hours = tier.sla_hours
        tier.queue.append(ticket)
        return tier.name

    def triage(self, ticket):
        text = ticket.summary.lower()
        for tier_name, keywords in TRIAGE_RULES:
            if any(word in text for word in keywords):
                return tier_name
        return "L1"

    def submit(self, ticket):
        tier_name = self.triage(ticket)
        return tier_name, self.routes[tier_name](ticket)

    def board(self):
        return {name: [t.ref for t in tier.queue] for name, tier in self.tiers.items()}


def main():
    router = TicketRouter([Tier("L1", 8), Tier("L2", 24), Tier("L3", 2)])
    tickets = [
        Ticket("INC-101", "Forgot password after holiday"),
        Ticket("INC-102", "VPN drops every 10 minutes"),
        Ticket("INC-103", "Payroll database outage"),
        Ticket("INC-104", "Keyboard missing keys"),
    ]
    mismatches = []
    for ticket in tickets:
        wanted, landed = router.submit(ticket)
        print(f"{ticket.ref}: triaged {wanted}, queued on {landed}, SLA {ticket.sla_hours}h")
        if wanted != landed:
            mismatches.append(ticket.ref)
    print(router.board())
    if mismatches:
        print(f"misrouted: {mismatches}")
        print("BUG SHOWN")
    else:
        print("all tickets routed")


if __name__ == "__main__":
    main()
