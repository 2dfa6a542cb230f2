"""Observing-night tools for an amateur astronomy club."""
