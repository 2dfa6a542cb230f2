import functools


class Button:
    def __init__(self, label):
        self.label = label
        self._handler = None
        self.lit = False

    def bind(self, handler):
        self._handler = handler

    def press(self):
        self.lit = True
        self._handler()


class ElevatorCar:
    def __init__(self, floors):
        self.stops = []
        self.panel = {}
        self.door_log = []
        for floor in floors:
            button = Button(str(floor))
            button.bind(functools.partial(self.request_stop, floor))
            self.panel[floor] = button
        self.hold = Button("<>")
        for reason in ("hold", "reopen"):
            self.hold.bind(lambda reason=reason: self.door_log.append(reason))

    def request_stop(self, floor):
        if floor not in self.stops:
            self.stops.append(floor)

    def next_stop(self):
        return self.stops.pop(0) if self.stops else None


if __name__ == "__main__":
    car = ElevatorCar(range(1, 6))
    car.panel[4].press()
    car.panel[2].press()
    car.panel[4].press()
    car.hold.press()
    assert car.stops == [4, 2]
    assert car.next_stop() == 4 and car.next_stop() == 2 and car.next_stop() is None
    assert car.door_log == ["reopen"]
    print("OK")
