"""Kennel booking package."""
