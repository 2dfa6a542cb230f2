"""Reclaim carousel: bags arrive from the make-up area and are announced."""
from .signals import Signal

bag_on_belt = Signal("bag_on_belt")


class Carousel:
    def __init__(self, number, flight):
        self.number = number
        self.flight = flight
        self.loaded = []

    def load(self, tag, weight_kg):
        self.loaded.append(tag)
        bag_on_belt.send(carousel=self.number, flight=self.flight, tag=tag, weight_kg=weight_kg)
