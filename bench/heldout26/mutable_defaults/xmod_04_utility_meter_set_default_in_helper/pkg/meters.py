"""Meter objects polled by the head-end system."""
from .alerts import fresh_alerts


class WaterMeter:
    def __init__(self, serial, premises):
        self.serial = serial
        self.premises = premises
        self.last_total_l = 0
        self.outbox = []

    def ingest(self, total_l, night_flow_l, magnet_detected=False):
        reading = {
            "delta_l": total_l - self.last_total_l,
            "night_flow_l": night_flow_l,
            "magnet_detected": magnet_detected,
        }
        self.last_total_l = total_l
        for alert in fresh_alerts(reading):
            self.outbox.append((self.serial, alert.code))
        return reading
