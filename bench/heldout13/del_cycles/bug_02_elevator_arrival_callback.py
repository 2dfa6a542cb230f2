import gc


class MotorDriver:
    def __init__(self):
        self.energized = set()
        self.released = []

    def energize(self, car_id):
        self.energized.add(car_id)

    def release(self, car_id):
        self.energized.discard(car_id)
        self.released.append(car_id)


class ElevatorCar:
    def __init__(self, car_id, motor):
        self.car_id = car_id
        self.motor = motor
        self.floor = 0
        self.log = []
        self.on_arrival = self._open_doors
        motor.energize(car_id)

    def _open_doors(self, floor):
        self.log.append(f"doors open at {floor}")

    def move_to(self, floor):
        self.floor = floor
        self.on_arrival(floor)

    def __del__(self):
        self.motor.release(self.car_id)


class Bank:
    def __init__(self, motor):
        self.motor = motor
        self.cars = {}

    def commission(self, car_id):
        self.cars[car_id] = ElevatorCar(car_id, self.motor)
        return self.cars[car_id]

    def decommission(self, car_id):
        del self.cars[car_id]


def main():
    gc.disable()
    try:
        motor = MotorDriver()
        bank = Bank(motor)
        bank.commission("A").move_to(7)
        assert bank.cars["A"].log == ["doors open at 7"]
        bank.decommission("A")
        assert motor.energized == {"A"} and motor.released == []
        gc.collect()
        assert motor.energized == set() and motor.released == ["A"]
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
