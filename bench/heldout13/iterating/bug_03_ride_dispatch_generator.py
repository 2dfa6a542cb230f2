class RideRequest:
    def __init__(self, request_id, zone, passengers):
        self.request_id = request_id
        self.zone = zone
        self.passengers = passengers


class Dispatcher:
    def __init__(self, drivers_by_zone):
        self.drivers_by_zone = {z: list(d) for z, d in drivers_by_zone.items()}
        self._open = {}
        self.assignments = []

    def request(self, ride):
        self._open[ride.request_id] = ride

    def waiting_in(self, zone):
        for request_id, ride in self._open.items():
            if ride.zone == zone:
                yield ride

    def assign(self, ride):
        driver = self.drivers_by_zone[ride.zone].pop(0)
        del self._open[ride.request_id]
        self.assignments.append((ride.request_id, driver))

    def sweep_zone(self, zone):
        for ride in self.waiting_in(zone):
            if self.drivers_by_zone.get(zone):
                self.assign(ride)


def main():
    dispatcher = Dispatcher({"downtown": ["kai", "rosa"], "airport": ["juno"]})
    dispatcher.request(RideRequest("r1", "downtown", 1))
    dispatcher.request(RideRequest("r2", "airport", 2))
    dispatcher.request(RideRequest("r3", "downtown", 3))
    try:
        dispatcher.sweep_zone("downtown")
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        assert dispatcher.assignments == [("r1", "kai")]
        print("BUG SHOWN")
        return
    raise AssertionError("sweep completed")


if __name__ == "__main__":
    main()
