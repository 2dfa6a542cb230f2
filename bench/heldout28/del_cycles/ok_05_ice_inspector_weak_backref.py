"""Ice inspector: rink-surface sensors for an ice-arena maintenance crew.

An inspection session owns a compressor lease and several surface probes;
the probes point back at the session and the session's alarm table refers
to its own handlers, but only through weak references, so dropping the
session releases the compressor immediately.
"""
import gc
import weakref

COMPRESSOR_LOG = []


class CompressorLease:
    def __init__(self, unit):
        self.unit = unit
        self.held = True
        COMPRESSOR_LOG.append((unit, "leased"))

    def release(self):
        if self.held:
            self.held = False
            COMPRESSOR_LOG.append((self.unit, "released"))


class SurfaceProbe:
    def __init__(self, session, zone):
        self._session = weakref.ref(session)
        self.zone = zone

    def report(self, millimetres):
        session = self._session()
        if session is not None:
            session.on_thickness(self.zone, millimetres)


class InspectionSession:
    MIN_MM = 25

    def __init__(self, rink, unit):
        self.rink = rink
        self.lease = CompressorLease(unit)
        self.thin_zones = []
        self.probes = [SurfaceProbe(self, zone) for zone in ("goal-north", "centre", "goal-south")]
        self._alarms = {"THIN": weakref.WeakMethod(self._flag_thin)}

    def _flag_thin(self, zone, millimetres):
        self.thin_zones.append((zone, millimetres))

    def on_thickness(self, zone, millimetres):
        if millimetres < self.MIN_MM:
            handler = self._alarms["THIN"]()
            if handler is not None:
                handler(zone, millimetres)

    def __del__(self):
        self.lease.release()


def inspect(rink, unit, readings):
    session = InspectionSession(rink, unit)
    for probe, millimetres in zip(session.probes, readings):
        probe.report(millimetres)
    return list(session.thin_zones)


def main():
    gc.disable()
    try:
        thin = inspect("Ice Palace", "comp-2", [31, 22, 27])
        released_at_once = ("comp-2", "released") in COMPRESSOR_LOG
        print("thin zones:", thin)
        print(f"compressor released as soon as the session was dropped: {released_at_once}")
    finally:
        gc.enable()
    assert thin == [("centre", 22)]
    assert released_at_once
    print("OK")


if __name__ == "__main__":
    main()
