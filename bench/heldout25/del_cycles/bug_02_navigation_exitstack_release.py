"""Route planning sessions for a ship navigation system.

A planning session leases electronic chart cells for the vessel's area and
opens a position feed; both are registered on an ExitStack when the session
starts, and the session unwinds the stack when it is finalised.
"""
import contextlib
import gc


class ChartServer:
    def __init__(self):
        self.leases = {}
        self.feeds_open = set()

    @contextlib.contextmanager
    def lease_cells(self, vessel, cells):
        self.leases[vessel] = tuple(cells)
        try:
            yield self.leases[vessel]
        finally:
            self.leases.pop(vessel, None)

    def open_feed(self, vessel):
        self.feeds_open.add(vessel)


class RouteSession:
    def __init__(self, server, vessel, cells):
        self.server = server
        self.vessel = vessel
        self.waypoints = []
        self._resources = contextlib.ExitStack()
        self.cells = self._resources.enter_context(server.lease_cells(vessel, cells))
        server.open_feed(vessel)
        self._resources.callback(self._close_feed)

    def _close_feed(self):
        self.server.feeds_open.discard(self.vessel)

    def add_waypoint(self, lat, lon):
        self.waypoints.append((lat, lon))

    def distance_legs(self):
        return max(len(self.waypoints) - 1, 0)

    def __del__(self):
        self._resources.close()


def plan_passage(server, vessel, cells, waypoints):
    session = RouteSession(server, vessel, cells)
    for lat, lon in waypoints:
        session.add_waypoint(lat, lon)
    return session.distance_legs()


def main():
    server = ChartServer()
    gc.disable()
    try:
        legs = plan_passage(
            server, "MV Northwind", ["GB50310A", "GB50320B"],
            [(50.80, -1.10), (50.65, -1.40), (50.50, -2.00)],
        )
        print("planned", legs, "legs")
        leases_after = dict(server.leases)
        feeds_after = set(server.feeds_open)
        print("chart leases held after planning:", leases_after)
        print("position feeds open after planning:", sorted(feeds_after))
        gc.collect()
        print("after a full collection:", server.leases, sorted(server.feeds_open))
    finally:
        gc.enable()

    if leases_after or feeds_after:
        print("finished session kept its chart lease and feed open")
        print("BUG SHOWN")
    else:
        print("session released its resources")


if __name__ == "__main__":
    main()
