"""Nightly sweep over every lot in a freezer."""
from .policy import apply_excursion_policy


def nightly_sweep(freezer):
    report = []
    checked = 0
    for lot in freezer.lots:
        checked += 1
        apply_excursion_policy(freezer, lot, report)
    return checked, report
