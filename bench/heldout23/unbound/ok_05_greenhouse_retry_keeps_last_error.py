"""Climate controller for a commercial greenhouse.

The controller polls humidity probes over a flaky RS-485 bus, retrying a few
times per probe.  When a probe stays silent, the zone falls back to the last
known good value and the failure is recorded with the final bus error.
"""
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Dict, List, Optional

log = logging.getLogger("greenhouse.climate")
log.addHandler(logging.NullHandler())


class BusError(Exception):
    pass


@dataclass
class Probe:
    zone: str
    address: int
    script: List[Optional[float]] = field(default_factory=list)

    def read(self) -> float:
        value = self.script.pop(0) if self.script else None
        if value is None:
            raise BusError(f"no reply from address {self.address:#04x}")
        return value


@contextlib.contextmanager
def bus_session(zone: str):
    try:
        yield
    except BusError as fault:
        log.info("zone %s: %s", zone, fault)


class ClimateController:
    def __init__(self, probes: List[Probe], retries: int = 3):
        self.probes = probes
        self.retries = retries
        self.last_good: Dict[str, float] = {}
        self.failures: Dict[str, str] = {}

    def poll(self, probe: Probe) -> float:
        zone_log = log.getChild(probe.zone)
        zone_log.debug("polling %s", probe.address)
        last_error: Optional[BusError] = None
        for _ in range(self.retries):
            try:
                value = probe.read()
            except BusError as err:
                last_error = err
                continue
            self.last_good[probe.zone] = value
            return value
        self.failures[probe.zone] = str(last_error)
        return self.last_good.get(probe.zone, 60.0)

    def poll_tolerant(self, probe: Probe) -> float:
        reading = self.last_good.get(probe.zone, 60.0)
        with bus_session(probe.zone):
            reading = probe.read()
        return reading

    def misting_plan(self) -> Dict[str, bool]:
        plan = {}
        for probe in self.probes:
            humidity = self.poll(probe)
            plan[probe.zone] = humidity < 70.0
        return plan


def main() -> None:
    probes = [
        Probe("tomatoes", 0x11, [72.5, 65.0]),
        Probe("orchids", 0x12, [None, 81.0, None, None, None]),
        Probe("seedlings", 0x13, [None, None, None]),
    ]
    ctl = ClimateController(probes)
    plan = ctl.misting_plan()
    assert plan == {"tomatoes": False, "orchids": False, "seedlings": True}, plan
    assert ctl.failures == {"seedlings": "no reply from address 0x13"}, ctl.failures
    assert ctl.poll_tolerant(probes[0]) == 65.0
    assert ctl.poll_tolerant(probes[1]) == 81.0
    second = ctl.misting_plan()
    assert second["orchids"] is False and "orchids" in ctl.failures
    print(f"plan: {plan}")
    print(f"failures: {ctl.failures}")
    print("OK")


if __name__ == "__main__":
    main()
