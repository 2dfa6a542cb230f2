"""Ticketing back office for a film festival."""
