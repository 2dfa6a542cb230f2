class AppointmentBook:
    """Keeps booked clients and runs reminder hooks for each of them."""

    def __init__(self):
        self.clients = set()
        self.hooks = []

    def book(self, client):
        self.clients.add(client)

    def on_reminder(self, hook):
        self.hooks.append(hook)

    def send_reminders(self):
        sent = []
        for client in self.clients:
            for hook in self.hooks:
                hook(self, client)
            sent.append(client)
        return sent
