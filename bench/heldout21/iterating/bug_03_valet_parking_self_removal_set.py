"""Valet parking: cars leave the lot when their owners' tickets are paid."""


class Car:
    def __init__(self, plate, ticket):
        self.plate = plate
        self.ticket = ticket
        self.lot = None

    def park(self, lot):
        self.lot = lot
        lot.cars.add(self)

    def release(self):
        self.lot.cars.discard(self)
        self.lot.departed.append(self.plate)
        self.lot = None

    def __hash__(self):
        return hash(self.plate)


class Lot:
    def __init__(self, name):
        self.name = name
        self.cars = set()
        self.departed = []
        self.paid = set()

    def pay(self, ticket):
        self.paid.add(ticket)

    def end_of_evening(self):
        for car in self.cars:
            if car.ticket in self.paid:
                car.release()


def main():
    lot = Lot("Grand Hotel")
    for i, plate in enumerate(["KX11 AAA", "LM22 BBB", "PQ33 CCC", "RS44 DDD"]):
        Car(plate, ticket=100 + i).park(lot)
    lot.pay(100)
    lot.pay(102)
    try:
        lot.end_of_evening()
    except RuntimeError as exc:
        print("end of evening aborted:", exc)
        print("departed so far:", lot.departed)
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
