"""Listeners that react to pick-ups."""


class FirstPickupSms:
    """Texts the group leader when the first child of the day has gone home,
    so the late room can start setting up, then switches itself off."""

    def __init__(self, gateway):
        self.gateway = gateway

    def on_pickup(self, roster, child, guardian, time):
        self.gateway.append(f"{time} first pick-up today: {child.name} ({child.group})")
        roster.unsubscribe(self)


class AttendanceLog:
    def __init__(self):
        self.rows = []

    def on_pickup(self, roster, child, guardian, time):
        self.rows.append((roster.day, child.name, guardian, time))


class LateRoomCounter:
    def __init__(self):
        self.remaining = None

    def on_pickup(self, roster, child, guardian, time):
        self.remaining = len(roster.present)
