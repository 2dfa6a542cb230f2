"""Exhibit lighting control for an art gallery."""
