class OverweightError(Exception):
    def __init__(self, truck_id, excess):
        super().__init__(f"truck {truck_id} over by {excess} t")
        self.truck_id = truck_id
        self.excess = excess


class WeighbridgeError(Exception):
    pass
