"""Welding shop: gas bottles are signed out to a shop and returned on close."""
import gc

gc.disable()

RETURNED = []


class GasBottle:
    def __init__(self, serial, gas):
        self.serial = serial
        self.gas = gas


class Welder:
    def __init__(self, name, shop):
        self.name = name
        self.shop = shop
        self.bottle = None

    def take_bottle(self, gas):
        self.bottle = self.shop.issue(gas)
        return self.bottle


class WeldingShop:
    def __init__(self, site, bottles):
        self.site = site
        self.store = list(bottles)
        self.welders = []
        self.closed = False

    def hire(self, name):
        welder = Welder(name, self)
        self.welders.append(welder)
        return welder

    def issue(self, gas):
        for bottle in self.store:
            if bottle.gas == gas:
                self.store.remove(bottle)
                return bottle
        raise LookupError(gas)

    def __del__(self):
        for w in self.welders:
            if w.bottle is not None:
                RETURNED.append(w.bottle.serial)
        self.closed = True


def main():
    shop = WeldingShop("Unit 4", [GasBottle("A1", "argon"), GasBottle("C7", "co2")])
    shop.hire("Priya").take_bottle("argon")
    shop.hire("Gus").take_bottle("co2")
    del shop
    if not RETURNED:
        print("shop was dropped but no bottles were returned")
        print("BUG SHOWN")
    else:
        print("returned:", RETURNED)
        print("OK")


if __name__ == "__main__":
    main()
