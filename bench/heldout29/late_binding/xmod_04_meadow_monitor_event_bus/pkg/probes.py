"""Wires each physical sensor to its bus topic."""
import functools


def audited(audit_log):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(payload):
            result = func(payload)
            audit_log.append(result)
            return result
        return wrapper
    return decorate


def attach_sensors(bus, sensors, audit_log):
    for sensor in sensors:
        topic = f"meadow.{sensor.field_id}.{sensor.name}"

        @audited(audit_log)
        def on_reading(payload):
            return sensor.record(payload["value"])

        bus.subscribe(topic, on_reading)
    return bus
