"""Crews clearing from hospital report back in service."""


def back_in_service(station, unit_call_sign):
    ready = station.read_ready()
    station.write_ready(ready + 1, f"return {unit_call_sign}")
    return unit_call_sign
