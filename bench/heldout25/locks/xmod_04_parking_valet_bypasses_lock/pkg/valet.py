"""Valet desk: attendants take the keys and park the car themselves."""
import time

from .garage import GarageFull


class ValetDesk:
    def __init__(self, garage):
        self.garage = garage
        self.tickets = {}

    def _drive_to_level(self, plate):
        time.sleep(0.05)  # attendant drives up the ramp

    def take_keys(self, plate, ticket):
        free = self.garage.free
        if free <= 0:
            raise GarageFull(plate)
        self._drive_to_level(plate)
        self.garage.free = free - 1
        self.garage.parked.append(plate)
        self.tickets[ticket] = plate
