"""A kiln operator: its own lock around the cold store's getter and setter."""
import threading

from . import inventory


class Smoker:
    def __init__(self, checkpoint):
        self.lock = threading.Lock()
        self.checkpoint = checkpoint

    def unload(self, product, kilos):
        with self.lock:
            held = inventory.current(product)
            self.checkpoint()
            inventory.put(product, held + kilos)
