"""The fleet of tuk-tuks and their home zones."""


class TukTuk:
    def __init__(self, plate, zone):
        self.plate = plate
        self.zone = zone
        self.jobs = []

    def accept(self, pickup):
        self.jobs.append(pickup)
        return self.plate


def connect(fleet, dispatcher):
    """Wire every tuk-tuk to the dispatcher for fares in its zone."""
    for tuk in fleet:
        dispatcher.register(lambda zone, pickup: tuk.accept(pickup) if zone == tuk.zone else None)
    return dispatcher
