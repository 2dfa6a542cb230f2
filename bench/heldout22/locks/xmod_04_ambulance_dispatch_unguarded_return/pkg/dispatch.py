"""Send units to incidents."""


class NoUnitAvailable(Exception):
    pass


def dispatch_unit(station, incident):
    with station.lock:
        ready = station.read_ready()
        if ready == 0:
            raise NoUnitAvailable(f"{station.name} has no unit for {incident}")
        station.write_ready(ready - 1, f"dispatch {incident}")
    return f"{station.name}->{incident}"
