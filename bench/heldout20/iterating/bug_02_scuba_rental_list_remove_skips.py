"""Tank checks at a scuba rental shop."""

MIN_BAR = 180


class Tank:
    def __init__(self, tag, pressure):
        self.tag = tag
        self.pressure = pressure

    def needs_fill(self):
        return self.pressure < MIN_BAR


class Rack:
    def __init__(self, tanks):
        self.tanks = list(tanks)
        self.fill_queue = []

    def send_to_compressor(self, tank):
        self.tanks.remove(tank)
        self.fill_queue.append(tank.tag)

    def morning_check(self):
        for tank in self.tanks:
            if tank.needs_fill():
                self.send_to_compressor(tank)
        return [t.tag for t in self.tanks]


def main():
    rack = Rack([Tank("T1", 200), Tank("T2", 90), Tank("T3", 120), Tank("T4", 210)])
    ready = rack.morning_check()
    print("ready:", ready, "to fill:", rack.fill_queue)
    low_left = [t.tag for t in rack.tanks if t.needs_fill()]
    if low_left:
        print("low tanks left on the rental rack:", low_left)
        print("BUG SHOWN")


if __name__ == "__main__":
    main()
