"""Tattoo studio appointment book."""
