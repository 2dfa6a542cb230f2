"""Orchard picking package."""
