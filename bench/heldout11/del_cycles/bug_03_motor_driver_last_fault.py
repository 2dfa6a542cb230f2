import gc

DEENERGIZED = []


class DriverFault(Exception):
    pass


class StepperDriver:
    def __init__(self, axis, max_steps):
        self.axis = axis
        self.max_steps = max_steps
        self.position = 0
        self.last_fault = None

    def _pulse(self, steps):
        target = self.position + steps
        if abs(target) > self.max_steps:
            raise DriverFault(f"{self.axis}: travel limit exceeded ({target})")
        self.position = target

    def move(self, steps):
        try:
            self._pulse(steps)
        except DriverFault as exc:
            self.last_fault = exc
            return False
        return True

    def __del__(self):
        DEENERGIZED.append(self.axis)


class Gantry:
    def __init__(self):
        self.axes = {"x": StepperDriver("x", 400), "y": StepperDriver("y", 300)}

    def jog(self, axis, steps):
        return self.axes[axis].move(steps)

    def remove_axis(self, axis):
        del self.axes[axis]


if __name__ == "__main__":
    gc.disable()
    try:
        gantry = Gantry()
        assert gantry.jog("x", 350) and gantry.jog("y", 100)
        gantry.remove_axis("y")
        assert DEENERGIZED == ["y"]

        assert not gantry.jog("x", 100)
        assert "travel limit" in str(gantry.axes["x"].last_fault)
        gantry.remove_axis("x")
        assert DEENERGIZED == ["y"], DEENERGIZED
        gc.collect()
        assert DEENERGIZED == ["y", "x"], DEENERGIZED
    finally:
        gc.enable()
    print("BUG SHOWN")
