"""Connects alert severities to notification channels."""

CHANNELS = {
    "critical": "pagerduty",
    "warning": "slack",
    "info": "email",
}


class Outbox:
    def __init__(self):
        self.messages = []

    def send(self, channel, text):
        self.messages.append((channel, text))


def wire_channels(bus, outbox, channels=CHANNELS):
    for severity, channel in channels.items():
        @bus.handler(f"alert.{severity}")
        def forward(alert):
            outbox.send(channel, f"[{severity.upper()}] {alert['summary']}")
    return outbox
