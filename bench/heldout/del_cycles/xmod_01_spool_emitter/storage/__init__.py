"""Spool files with event hooks."""
