"""Outgoing mail queue used by the registrar's office."""


class Outbox:
    def __init__(self, clock):
        self.clock = clock
        self.sent = []

    def send(self, to, subject):
        self.sent.append((self.clock.time(), to, subject))
