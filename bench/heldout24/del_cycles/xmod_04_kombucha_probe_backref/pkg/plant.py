"""Which fermentation tanks are currently allocated to a batch."""


class TankBoard:
    def __init__(self, tanks):
        self.tanks = {tank: None for tank in tanks}

    def allocate(self, tank, batch):
        if self.tanks[tank] is not None:
            raise RuntimeError(f"{tank} already holds {self.tanks[tank]}")
        self.tanks[tank] = batch

    def release(self, tank):
        self.tanks[tank] = None

    def busy(self):
        return {tank: batch for tank, batch in self.tanks.items() if batch}


BOARD = TankBoard(["FV-1", "FV-2", "FV-3"])
