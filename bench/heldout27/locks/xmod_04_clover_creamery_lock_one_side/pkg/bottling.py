"""Bottling line drawing milk out of a vat."""
import time

FILLER_SECONDS = 0.3


class ShortVat(Exception):
    pass


class BottlingLine:
    def __init__(self, name, bottle_l=1.0):
        self.name = name
        self.bottle_l = bottle_l
        self.bottles = 0

    def draw_off(self, vat, bottles):
        litres = bottles * self.bottle_l
        current = vat.litres
        if current < litres:
            raise ShortVat(f"{vat.name}: {current} l < {litres} l")
        time.sleep(FILLER_SECONDS)
        vat.litres = current - litres
        self.bottles += bottles
        return bottles
