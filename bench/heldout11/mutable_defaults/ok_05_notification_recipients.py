class Message:
    def __init__(self, subject, body, headers):
        self.subject = subject
        self.body = body
        self.headers = headers


class Transport:
    def __init__(self):
        self.outbox = []

    def deliver(self, recipient, message):
        self.outbox.append((recipient, message.subject, dict(message.headers)))


class NotificationList:
    def __init__(self, name, transport, recipients=None, headers=None, tags=()):
        self.name = name
        self.transport = transport
        self.recipients = list(recipients) if recipients is not None else []
        self.headers = dict(headers or {})
        self.tags = tuple(tags)

    def subscribe(self, address, extra_tags=()):
        if address not in self.recipients:
            self.recipients.append(address)
        self.tags = self.tags + tuple(t for t in extra_tags if t not in self.tags)

    def send(self, subject, body, extra_headers={}):
        merged = {**self.headers, **extra_headers, "List-Id": self.name}
        message = Message(subject, body, merged)
        for address in self.recipients:
            self.transport.deliver(address, message)
        return len(self.recipients)


if __name__ == "__main__":
    transport = Transport()
    ops = NotificationList("ops", transport)
    ops.subscribe("oncall@example.org", extra_tags=("pager",))
    billing = NotificationList("billing", transport, headers={"X-Team": "fin"})
    billing.subscribe("ar@example.org")

    assert ops.send("disk full", "node-3 at 97%", extra_headers={"Priority": "high"}) == 1
    assert billing.send("invoice run", "done") == 1
    assert ops.recipients == ["oncall@example.org"]
    assert billing.recipients == ["ar@example.org"]
    assert ops.tags == ("pager",) and billing.tags == ()
    assert transport.outbox[1][2] == {"X-Team": "fin", "List-Id": "billing"}
    assert NotificationList("empty", transport).recipients == []
    print("OK")
