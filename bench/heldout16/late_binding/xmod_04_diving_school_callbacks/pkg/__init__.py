"""Diving school package."""
