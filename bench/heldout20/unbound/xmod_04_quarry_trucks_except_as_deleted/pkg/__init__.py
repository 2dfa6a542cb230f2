"""Quarry truck dispatch."""
