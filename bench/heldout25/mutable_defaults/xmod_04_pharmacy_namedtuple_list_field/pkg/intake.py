"""Parse the electronic prescription batch sent by the surgery."""
from .models import Prescription


def parse_line(line):
    rx_number, patient, drug, strength, refills = (part.strip() for part in line.split("|"))
    return Prescription(rx_number, patient, drug, strength, int(refills))


def parse_batch(text):
    return [parse_line(line) for line in text.strip().splitlines() if line.strip()]
