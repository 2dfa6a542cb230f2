from . import spool
from .transport import Transport


class Mailer:
    def __init__(self, sender, host="smtp.mint.example"):
        self.sender = sender
        self.outbox = []
        self.bounced = []
        self.transport = Transport(host)
        self.transport.add_bounce_hook(self._record_bounce)

    def _record_bounce(self, recipient, reason):
        self.bounced.append((recipient, reason))

    def queue(self, recipient, subject):
        self.outbox.append((recipient, subject))

    def send_some(self, limit):
        for _ in range(min(limit, len(self.outbox))):
            recipient, subject = self.outbox.pop(0)
            self.transport.send(recipient, subject)

    def __del__(self):
        if self.outbox:
            spool.flush(self.sender, self.outbox)
