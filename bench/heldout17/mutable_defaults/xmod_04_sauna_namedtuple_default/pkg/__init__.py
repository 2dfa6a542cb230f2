"""Sauna session booking."""
