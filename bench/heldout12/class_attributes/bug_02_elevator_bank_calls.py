class ElevatorCar:
    pending_floors = set()
    capacity_kg = 1000

    def __init__(self, car_id, floor=0):
        self.car_id = car_id
        self.floor = floor
        self.direction = 0

    def register_call(self, floor):
        self.pending_floors.add(floor)
        if not self.direction:
            self.direction = 1 if floor > self.floor else -1

    def step(self):
        if not self.pending_floors:
            self.direction = 0
            return None
        target = min(self.pending_floors, key=lambda f: abs(f - self.floor))
        self.floor = target
        self.pending_floors.discard(target)
        return target


class GroupDispatcher:
    def __init__(self, cars):
        self.cars = {car.car_id: car for car in cars}

    def hall_call(self, floor):
        car = min(self.cars.values(), key=lambda c: abs(c.floor - floor))
        car.register_call(floor)
        return car.car_id


def main():
    low = ElevatorCar("A", floor=0)
    high = ElevatorCar("B", floor=20)
    bank = GroupDispatcher([low, high])

    assert bank.hall_call(2) == "A"
    assert bank.hall_call(18) == "B"

    first_stop = low.step()
    second_stop = low.step()
    assert (first_stop, second_stop) == (2, 18), (first_stop, second_stop)
    assert high.step() is None
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
