"""Garment ticketing for a chain of dry cleaners."""
