"""Kombucha brewery: fermentation tanks, pH probes and the plant board."""
