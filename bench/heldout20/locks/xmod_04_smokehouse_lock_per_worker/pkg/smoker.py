import threading

from . import stock


class Smoker:
    """One kiln operator; finished fish goes to the cold store."""

    def __init__(self, kiln):
        self.kiln = kiln
        self.lock = threading.Lock()
        self.batches = 0

    def unload(self, product, kilos):
        with self.lock:
            held = stock.current(product)
            stock.settle()
            stock.put(product, held + kilos)
            self.batches += 1
