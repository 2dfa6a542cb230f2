"""Dental practice chair occupancy."""
