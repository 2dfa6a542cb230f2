"""Trade fair stand system: stands announce events to subscribed handlers."""


class EventMixin:
    _handlers = {}

    def on(self, event, handler):
        self._handlers.setdefault(event, []).append(handler)

    def emit(self, event, **payload):
        for handler in self._handlers.get(event, []):
            handler(self, **payload)


class Stand(EventMixin):
    def __init__(self, exhibitor, hall):
        self.exhibitor = exhibitor
        self.hall = hall
        self.leads = []

    def scan_badge(self, visitor):
        self.leads.append(visitor)
        self.emit("lead", visitor=visitor)


class SalesInbox:
    def __init__(self, company):
        self.company = company
        self.received = []

    def __call__(self, stand, visitor):
        self.received.append((stand.exhibitor, visitor))


def main():
    acme = Stand("Acme Pumps", "A")
    zen = Stand("Zen Valves", "B")
    acme_inbox = SalesInbox("Acme")
    zen_inbox = SalesInbox("Zen")
    acme.on("lead", acme_inbox)
    zen.on("lead", zen_inbox)

    acme.scan_badge("p.jones@example.com")
    zen.scan_badge("k.ng@example.com")

    print("Acme inbox:", acme_inbox.received)
    leaked = [lead for lead in acme_inbox.received if lead[0] != "Acme Pumps"]
    if leaked:
        print("Acme received a competitor's leads:", leaked)
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
