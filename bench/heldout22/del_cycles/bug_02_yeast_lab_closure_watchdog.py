"""Incubator control for a yeast genetics lab.

An incubation run switches a shaker incubator on, installs a temperature
watchdog in the lab's monitoring loop, and switches the incubator back to
standby when the run object is discarded.  Overnight runs are created from
the plate queue and dropped when their plates are read.
"""
import gc
import weakref


class Incubator:
    def __init__(self, name):
        self.name = name
        self.state = "standby"
        self.setpoint_c = None


class MonitorLoop:
    """Calls registered checks periodically; holds them weakly."""

    def __init__(self):
        self._checks = weakref.WeakSet()

    def register(self, owner):
        self._checks.add(owner)

    def tick(self, temperature_c):
        return [owner.watchdog(temperature_c) for owner in list(self._checks)]


class IncubationRun:
    def __init__(self, incubator, strain, setpoint_c, monitor):
        self.incubator = incubator
        self.strain = strain
        self.alarms = []
        incubator.state = "running"
        incubator.setpoint_c = setpoint_c
        self.watchdog = self._make_watchdog(setpoint_c, tolerance=0.5)
        monitor.register(self)

    def _make_watchdog(self, setpoint_c, tolerance):
        def check(temperature_c):
            if abs(temperature_c - setpoint_c) > tolerance:
                self.alarms.append(temperature_c)
                return "alarm"
            return "ok"
        return check

    def __del__(self):
        self.incubator.state = "standby"
        self.incubator.setpoint_c = None


def overnight(monitor, incubator, strain, readings):
    run = IncubationRun(incubator, strain, setpoint_c=30.0, monitor=monitor)
    statuses = [monitor.tick(t) for t in readings]
    return strain, statuses, list(run.alarms)


def main():
    gc.disable()
    monitor = MonitorLoop()
    shaker = Incubator("shaker-2")
    strain, statuses, alarms = overnight(monitor, shaker, "S288C ade2", [30.1, 29.8, 31.2])
    print(f"{strain}: statuses {statuses}, alarms {alarms}")
    state_after_run = shaker.state
    print(f"{shaker.name} after the run object was dropped: {state_after_run}")

    gc.collect()
    gc.enable()
    print(f"{shaker.name} after a full collection: {shaker.state}")
    if state_after_run != "standby":
        print("the incubator kept heating after its run was discarded")
        print("BUG SHOWN")
    else:
        print("incubator released promptly")


if __name__ == "__main__":
    main()
