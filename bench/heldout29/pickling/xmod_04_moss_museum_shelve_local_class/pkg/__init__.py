"""Moss museum: specimen archive backed by a shelve database."""
