"""Stained glass workshop: kiln firing notifications."""
