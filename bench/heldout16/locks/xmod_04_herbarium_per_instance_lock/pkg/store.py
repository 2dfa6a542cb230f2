"""Accession register shared by the whole herbarium."""
import time

REGISTER = {"next_accession": 1000, "sheets": {}}


def read_counter():
    return REGISTER["next_accession"]


def write_counter(value):
    time.sleep(0.001)
    REGISTER["next_accession"] = value


def file_sheet(number, specimen):
    REGISTER["sheets"].setdefault(number, []).append(specimen)
