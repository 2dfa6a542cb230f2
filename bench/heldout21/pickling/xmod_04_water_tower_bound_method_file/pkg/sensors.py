"""Level sensors on the water tower, logging raw readings to a file."""
import os


class LevelSensor:
    def __init__(self, tank_height_m, log_path=os.devnull):
        self.tank_height_m = tank_height_m
        self._log = open(log_path, "a")

    def to_percent(self, raw):
        metres = raw / 1000 * self.tank_height_m
        self._log.write(f"{raw}\n")
        return round(100 * metres / self.tank_height_m, 1)

    def close(self):
        self._log.close()
