"""Overdue notices for a lending library, driven by an event bus."""
