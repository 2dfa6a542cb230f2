"""Atlas atelier: progress tracking for hand-drawn map commissions.

Clients and the atelier's own bookkeeping subscribe to a commission.  Some
subscriptions are one-shot: the invoice clerk only wants to hear about the
commission once it is delivered, and then stops listening.
"""
import itertools
import logging

log = logging.getLogger("atelier")
log.addHandler(logging.NullHandler())


class Commission:
    _tokens = itertools.count(1)

    def __init__(self, title, client):
        self.title = title
        self.client = client
        self.stage = "sketch"
        self._observers = {}

    def subscribe(self, callback):
        token = next(self._tokens)
        self._observers[token] = callback
        return token

    def unsubscribe(self, token):
        self._observers.pop(token, None)

    def advance(self, stage):
        self.stage = stage
        for token, callback in self._observers.items():
            callback(self, token)


class ClientMailer:
    def __init__(self):
        self.sent = []

    def __call__(self, commission, token):
        self.sent.append(f"{commission.client}: '{commission.title}' is now {commission.stage}")


class InvoiceClerk:
    def __init__(self):
        self.invoices = []

    def watch(self, commission):
        commission.subscribe(self.on_change)

    def on_change(self, commission, token):
        if commission.stage == "delivered":
            self.invoices.append((commission.client, commission.title))
            commission.unsubscribe(token)


def main():
    job = Commission("Coastline of the Hebrides, 1:50k", "Isle Trust")
    mailer, clerk = ClientMailer(), InvoiceClerk()
    job.subscribe(mailer)
    clerk.watch(job)
    job.subscribe(lambda c, t: log.info("stage %s", c.stage))

    try:
        for stage in ("inking", "colouring", "delivered"):
            job.advance(stage)
    except RuntimeError as exc:
        print(f"stage update failed: {exc}")
        print(f"invoices: {clerk.invoices}, mails: {len(mailer.sent)}")
        print("BUG SHOWN")
        return
    print(f"invoices: {clerk.invoices}")
    print("no failure")


if __name__ == "__main__":
    main()
