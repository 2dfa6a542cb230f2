"""Violin workshop: humidity-controlled drying cabinet for varnished parts.

The cabinet's hygrometer notifies the cabinet when readings change.  The
cabinet hands the hygrometer a weak reference to its handler, so dropping
the cabinet releases it at once and its finaliser switches the heater off.
"""
import gc
import weakref

HEATERS_ON = set()


class Hygrometer:
    def __init__(self, sensor_id, listener):
        self.sensor_id = sensor_id
        self._listener = weakref.WeakMethod(listener)

    def report(self, rh_percent):
        listener = self._listener()
        if listener is not None:
            listener(self.sensor_id, rh_percent)


class DryingCabinet:
    TARGET_RH = (40, 50)

    def __init__(self, cabinet_id):
        self.cabinet_id = cabinet_id
        self.adjustments = []
        self.hygrometer = Hygrometer(f"{cabinet_id}-H", self._on_reading)
        HEATERS_ON.add(cabinet_id)

    def _on_reading(self, sensor_id, rh):
        low, high = self.TARGET_RH
        if rh < low:
            self.adjustments.append((sensor_id, "humidify"))
        elif rh > high:
            self.adjustments.append((sensor_id, "dehumidify"))

    def __del__(self):
        HEATERS_ON.discard(self.cabinet_id)


def varnish_cycle():
    cabinet = DryingCabinet("VW-cab-2")
    for rh in (38, 44, 56):
        cabinet.hygrometer.report(rh)
    print("adjustments:", cabinet.adjustments)
    return cabinet


def main():
    gc.disable()
    try:
        cabinet = varnish_cycle()
        sensor = cabinet.hygrometer
        assert HEATERS_ON == {"VW-cab-2"}
        del cabinet
        on_after_release = set(HEATERS_ON)
        sensor.report(60)
        gc.collect()
    finally:
        gc.enable()
    assert on_after_release == set(), on_after_release
    print("heaters on after release:", sorted(on_after_release))
    print("OK")


if __name__ == "__main__":
    main()
