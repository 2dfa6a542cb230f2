"""SMTP-like transport with delivery-status hooks."""


class Transport:
    def __init__(self, host):
        self.host = host
        self.sent = []
        self.bounce_hooks = []

    def add_bounce_hook(self, hook):
        self.bounce_hooks.append(hook)

    def send(self, recipient, subject):
        if recipient.endswith(".invalid"):
            for hook in self.bounce_hooks:
                hook(recipient, "550 no such domain")
            return False
        self.sent.append((recipient, subject))
        return True
