"""Coral cove: reef survey records for a marine reserve."""
