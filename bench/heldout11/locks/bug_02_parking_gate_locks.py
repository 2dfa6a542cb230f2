import threading


class Garage:
    def __init__(self, spaces):
        self.free_spaces = spaces
        self.inside = []


class ArmMotor:
    def lift(self, plate):
        return True


class SyncedArmMotor(ArmMotor):
    def __init__(self, barrier):
        self._barrier = barrier

    def lift(self, plate):
        self._barrier.wait()
        return super().lift(plate)


class Gate:
    def __init__(self, name, garage, motor):
        self.name = name
        self.garage = garage
        self.motor = motor
        self._lock = threading.Lock()
        self.turned_away = []

    def _has_space(self):
        return self.garage.free_spaces > 0

    def admit(self, plate):
        with self._lock:
            if not self._has_space():
                self.turned_away.append(plate)
                return False
            self.motor.lift(plate)
            self.garage.free_spaces -= 1
            self.garage.inside.append(plate)
            return True


if __name__ == "__main__":
    garage = Garage(spaces=1)
    barrier = threading.Barrier(2, timeout=5)
    north = Gate("north", garage, SyncedArmMotor(barrier))
    south = Gate("south", garage, SyncedArmMotor(barrier))
    results = {}

    def arrive(gate, plate):
        results[plate] = gate.admit(plate)

    cars = [threading.Thread(target=arrive, args=(north, "KX19 ABC")),
            threading.Thread(target=arrive, args=(south, "LM70 XYZ"))]
    for c in cars:
        c.start()
    for c in cars:
        c.join()

    assert results == {"KX19 ABC": True, "LM70 XYZ": True}
    assert garage.free_spaces == -1 and len(garage.inside) == 2
    print("BUG SHOWN")
