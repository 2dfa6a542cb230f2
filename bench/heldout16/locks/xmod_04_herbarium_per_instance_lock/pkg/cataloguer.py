import threading

from . import store


class Cataloguer:
    """One volunteer's cataloguing session."""

    def __init__(self, volunteer):
        self.volunteer = volunteer
        self._lock = threading.Lock()
        self.done = []

    def accession(self, specimen):
        with self._lock:
            number = store.read_counter()
            store.write_counter(number + 1)
        store.file_sheet(number, specimen)
        self.done.append(number)
        return number
