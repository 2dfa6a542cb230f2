"""Shift roster and dispatch board for a municipal fire station."""
