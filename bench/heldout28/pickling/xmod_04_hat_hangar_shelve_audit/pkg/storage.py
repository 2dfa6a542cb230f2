"""Persistence of racks between rehearsals using the shelve module."""
import shelve


def save_rack(rack, db_path):
    with shelve.open(db_path) as db:
        db[f"rack:{rack.name}"] = rack


def load_rack(name, db_path):
    with shelve.open(db_path) as db:
        return db[f"rack:{name}"]
