"""Telescope observatory: nightly quality flags for exposures.

The reduction pipeline turns raw frame headers into Observation records
and attaches quality flags (saturation, clouds, tracking) before the
frames are archived.
"""
from typing import NamedTuple


class Observation(NamedTuple):
    target: str
    exposure_s: float
    peak_adu: int
    seeing_arcsec: float
    flags: list = []

    def flagged(self, flag):
        if flag not in self.flags:
            self.flags.append(flag)
        return self


SATURATION_ADU = 60000
BAD_SEEING = 2.5


def from_header(header):
    return Observation(
        target=header["OBJECT"],
        exposure_s=float(header["EXPTIME"]),
        peak_adu=int(header["PEAK"]),
        seeing_arcsec=float(header["SEEING"]),
    )


def apply_quality_checks(observation):
    if observation.peak_adu >= SATURATION_ADU:
        observation = observation.flagged("saturated")
    if observation.seeing_arcsec > BAD_SEEING:
        observation = observation.flagged("poor-seeing")
    return observation


def reduce_night(headers):
    return [apply_quality_checks(from_header(h)) for h in headers]


def main():
    headers = [
        {"OBJECT": "M31", "EXPTIME": 120, "PEAK": 41000, "SEEING": 1.2},
        {"OBJECT": "Vega", "EXPTIME": 5, "PEAK": 65000, "SEEING": 1.1},
        {"OBJECT": "NGC 7000", "EXPTIME": 300, "PEAK": 22000, "SEEING": 3.1},
        {"OBJECT": "M57", "EXPTIME": 180, "PEAK": 30500, "SEEING": 1.4},
    ]
    archive = reduce_night(headers)
    clean = [o.target for o in archive if not o.flags]
    for obs in archive:
        print(f"{obs.target:10s} {obs.flags}")
    print("clean frames:", clean)
    if clean != ["M31", "M57"]:
        print("BUG SHOWN")
    else:
        print("OK")


if __name__ == "__main__":
    main()
