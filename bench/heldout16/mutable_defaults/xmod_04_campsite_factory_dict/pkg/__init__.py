"""Campsite booking package."""
