"""Herb hut: stock management for an apothecary-style herb shop."""
