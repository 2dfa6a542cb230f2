"""Seat inventory for tonight's departures."""

SEATS_LEFT = {"N29 Enfield": 0, "N38 Walthamstow": 0}
SOLD = []


def load(route, seats):
    SEATS_LEFT[route] = seats


def seats_left(route):
    return SEATS_LEFT[route]
