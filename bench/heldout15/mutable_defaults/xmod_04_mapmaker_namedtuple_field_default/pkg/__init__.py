"""Slippy-map tile renderer."""
