"""Repair tickets whose loggers come from another module."""
