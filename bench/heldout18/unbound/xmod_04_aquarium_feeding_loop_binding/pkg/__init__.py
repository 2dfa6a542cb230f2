"""Aquarium feeding log and reports."""
