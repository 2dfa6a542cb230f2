"""Baggage hall software for a regional airport."""
