"""Wind farm turbine monitor with a watchdog timer per turbine."""
import gc
import threading

gc.disable()

SHUTDOWN_LOG = []


class Turbine:
    def __init__(self, tag, rated_kw):
        self.tag = tag
        self.rated_kw = rated_kw
        self.output_kw = 0.0
        self.alarms = []
        self._watchdog = threading.Timer(30.0, self._no_data)

    def _no_data(self):
        self.alarms.append("telemetry lost")

    def reading(self, kw):
        self.output_kw = kw
        return kw / self.rated_kw

    def __del__(self):
        self._watchdog.cancel()
        SHUTDOWN_LOG.append(self.tag)


class Farm:
    def __init__(self, turbines):
        self.turbines = {t.tag: t for t in turbines}

    def decommission(self, tag):
        return self.turbines.pop(tag)

    def load_factor(self):
        return sum(t.reading(t.output_kw) for t in self.turbines.values()) / len(self.turbines)


def main():
    farm = Farm([Turbine("WT01", 2500), Turbine("WT02", 2500)])
    farm.turbines["WT01"].reading(1800)
    old = farm.decommission("WT02")
    del old
    if "WT02" not in SHUTDOWN_LOG:
        print("WT02 was decommissioned but never shut down")
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
