"""Repair tickets for a cobbler's shop."""
