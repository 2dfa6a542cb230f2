"""Pilotage planner for a harbour authority.

Inbound vessels are handed from pilot to pilot along a fixed route from the
fairway buoy to their berth.  The desk turns a booking (vessel, berth, list
of available pilots) into a plan of legs that is sent to the VTS centre.
"""
from dataclasses import dataclass

ROUTES = {
    "container-3": ["fairway buoy", "north mole", "swing basin", "container-3"],
    "ro-ro-1": ["fairway buoy", "north mole", "ro-ro-1"],
    "tanker-jetty": ["fairway buoy", "outer anchorage", "tanker-jetty"],
}


@dataclass(frozen=True)
class Leg:
    pilot: str
    start: str
    end: str

    def __str__(self):
        return f"{self.pilot}: {self.start} -> {self.end}"


def _add_leg(legs, pilot, start, end):
    if legs and legs[-1].end != start:
        raise ValueError(f"leg from {start} does not join previous leg")
    legs.append(Leg(pilot, start, end))
    return legs


def plan_inbound(berth, pilots, legs=[]):
    route = ROUTES[berth]
    hops = list(zip(route, route[1:]))
    if len(pilots) < 1:
        raise ValueError("at least one pilot is required")
    for index, (start, end) in enumerate(hops):
        pilot = pilots[min(index, len(pilots) - 1)]
        _add_leg(legs, pilot, start, end)
    return legs


class PilotDesk:
    def __init__(self):
        self.plans = {}

    def accept(self, vessel, berth, pilots):
        try:
            plan = plan_inbound(berth, pilots)
        except ValueError as exc:
            return f"{vessel}: rejected ({exc})"
        self.plans[vessel] = plan
        return f"{vessel}: {len(plan)} legs"

    def vts_message(self, vessel):
        lines = [f"PILOTAGE {vessel}"]
        lines.extend(f"  {leg}" for leg in self.plans.get(vessel, []))
        return "\n".join(lines)


def main():
    desk = PilotDesk()
    bookings = [
        ("MV Hallvard", "container-3", ["Ingrid", "Jonas"]),
        ("MV Kestrel", "ro-ro-1", ["Lotte"]),
    ]
    for vessel, berth, pilots in bookings:
        print(desk.accept(vessel, berth, pilots))
    for vessel, _, _ in bookings:
        print(desk.vts_message(vessel))
    kestrel = desk.plans.get("MV Kestrel", [])
    expected = len(ROUTES["ro-ro-1"]) - 1
    pilots_on_kestrel = {leg.pilot for leg in kestrel}
    if len(kestrel) != expected or pilots_on_kestrel != {"Lotte"}:
        print(f"MV Kestrel plan has {len(kestrel)} legs, expected {expected}; "
              f"pilots {sorted(pilots_on_kestrel)}")
        print("BUG SHOWN")
    else:
        print("plans consistent")


if __name__ == "__main__":
    main()
