"""Flower market package."""
