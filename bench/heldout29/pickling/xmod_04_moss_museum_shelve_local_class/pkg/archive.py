"""Thin wrapper over shelve for specimen storage."""
import shelve


class SpecimenArchive:
    def __init__(self, path):
        self._path = path
        self._db = None

    def __enter__(self):
        self._db = shelve.open(self._path)
        return self

    def __exit__(self, *exc_info):
        self._db.close()
        return False

    def store(self, specimen):
        self._db[specimen.accession] = specimen

    def load(self, accession):
        return self._db[accession]

    def accessions(self):
        return sorted(self._db.keys())
