class Stall:
    def __init__(self, name, stock):
        self.name = name
        self.stock = dict(stock)
        self.flowers = set(self.stock)
        self.on_sold_out = []

    def sell(self, flower, bunches):
        self.stock[flower] = max(0, self.stock[flower] - bunches)
        if self.stock[flower] == 0:
            for cb in self.on_sold_out:
                cb(self, flower)

    def withdraw(self, flowers):
        self.flowers -= set(flowers)
