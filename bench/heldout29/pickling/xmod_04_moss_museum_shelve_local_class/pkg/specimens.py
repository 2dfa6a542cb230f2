"""Specimen record types, built per herbarium collection."""


class Specimen:
    collection = "general"

    def __init__(self, accession, species, gathered):
        self.accession = accession
        self.species = species
        self.gathered = gathered

    def label(self):
        return f"[{self.collection}] {self.accession}: {self.species} ({self.gathered})"


def specimen_type_for(collection, extra_fields=()):
    class CollectionSpecimen(Specimen):
        pass

    CollectionSpecimen.collection = collection
    CollectionSpecimen.extra_fields = tuple(extra_fields)
    return CollectionSpecimen
