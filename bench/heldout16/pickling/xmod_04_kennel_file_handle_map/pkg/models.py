import os
import tempfile


class Kennel:
    """A run of pens; keeps an open feeding log for the day."""

    def __init__(self, name, dogs):
        self.name = name
        self.dogs = dogs
        self._log_path = os.path.join(tempfile.gettempdir(), f"kennel-{os.getpid()}-{name}.log")
        self.feeding_log = open(self._log_path, "a")

    def note(self, text):
        self.feeding_log.write(text + "\n")

    def close(self):
        self.feeding_log.close()
        os.remove(self._log_path)
