"""Canoe club hire rates."""
