"""Heater relays shared between incubator cabinets."""

RELAY_LOG = []


class HeaterRelay:
    def __init__(self, channel):
        self.channel = channel
        self.on = False

    def switch(self, on):
        self.on = on
        RELAY_LOG.append((self.channel, "on" if on else "off"))
