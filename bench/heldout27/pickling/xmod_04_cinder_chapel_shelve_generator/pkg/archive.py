"""Parish archive: past orders of service, kept in a shelve file."""
import os
import shelve


class ServiceArchive:
    def __init__(self, directory):
        self.path = os.path.join(directory, "services")

    def store(self, service):
        with shelve.open(self.path) as db:
            db[service.date] = service

    def dates(self):
        with shelve.open(self.path, flag="r") as db:
            return sorted(db.keys())
