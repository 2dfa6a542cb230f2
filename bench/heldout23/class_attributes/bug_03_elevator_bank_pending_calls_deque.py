"""Group controller for a bank of office-tower elevators.

Hall calls are assigned to the nearest idle car by a dispatcher function;
each car then serves its own queue of stops in order.  Trip counters are
kept per car for the maintenance contractor.
"""
from collections import deque
from typing import Deque, Dict, List


class Car:
    capacity_kg = 1000
    floor = 0
    trips = 0
    stops: Deque[int] = deque(maxlen=32)

    def __init__(self, name: str, floor: int = 0):
        self.name = name
        self.floor = floor

    def idle(self) -> bool:
        return not self.stops

    def step(self) -> int:
        target = self.stops.popleft()
        self.floor = target
        self.trips += 1
        return target

    def __repr__(self) -> str:
        return f"Car({self.name}@{self.floor}, stops={list(self.stops)})"


def enqueue_stop(car: Car, floor: int) -> None:
    if floor != car.floor and floor not in car.stops:
        car.stops.append(floor)


def nearest_car(cars: List[Car], floor: int) -> Car:
    return min(cars, key=lambda car: (not car.idle(), abs(car.floor - floor), car.name))


class GroupController:
    def __init__(self, cars: List[Car]):
        self.cars = cars
        self.log: List[str] = []

    def hall_call(self, floor: int) -> Car:
        car = nearest_car(self.cars, floor)
        enqueue_stop(car, floor)
        self.log.append(f"call@{floor} -> {car.name}")
        return car

    def run_until_idle(self, limit: int = 20) -> Dict[str, List[int]]:
        served: Dict[str, List[int]] = {car.name: [] for car in self.cars}
        for _ in range(limit):
            busy = [car for car in self.cars if not car.idle()]
            if not busy:
                break
            for car in busy:
                if car.stops:
                    served[car.name].append(car.step())
        return served


def main() -> None:
    cars = [Car("A", floor=0), Car("B", floor=12), Car("C", floor=25)]
    controller = GroupController(cars)
    controller.hall_call(3)
    controller.hall_call(22)
    controller.hall_call(14)
    print(controller.log)
    print(cars)
    served = controller.run_until_idle()
    print(f"served: {served}")
    print(f"trips: {[(car.name, car.trips) for car in cars]}")

    expected = {"A": [3], "B": [14], "C": [22]}
    if served != expected:
        print(f"expected each call served once by its own car: {expected}")
        print("BUG SHOWN")
        return
    print("dispatch correct")


if __name__ == "__main__":
    main()
